using System.Data.Common;
using System.Globalization;
using Clientele.Domain.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Clientele.Storage.Database;

/// <summary>Allocation plans and their items (schema versions 2 and 4).</summary>
public sealed partial class ClienteleStore
{
    private const string ItemColumns = "external_id, plan_key, target_kind, target_id, action, cost, hours, expected_value, tier, menu_tier, category, staff_id";

    /// <summary>
    /// Saves a plan and its items as one unit (inside the open transaction if there is one, else in its own). The
    /// plan gets the id "plan-N" (N = one more than the largest plan key) and each item the id "PLAN/CUSTOMER", the
    /// id investments are booked against.
    /// </summary>
    /// <param name="periodStart">First day of the plan's period.</param>
    /// <param name="periodEnd">Last day of the period (≥ <paramref name="periodStart"/>).</param>
    /// <param name="status">The plan's status.</param>
    /// <param name="inputs">The plan's inputs as a JSON object.</param>
    /// <param name="items">One item per customer; every customer must be stored.</param>
    /// <param name="proposedFrom">The plan whose evaluation proposed this one, or null.</param>
    /// <param name="createdBy">Who stores it, or null.</param>
    /// <param name="createdAt">When (UTC, kept to the millisecond); default now.</param>
    /// <returns>The stored plan.</returns>
    /// <exception cref="ArgumentException">The period is reversed, the inputs are blank, or an item names a customer that is not stored or repeats one.</exception>
    public StoredPlan SavePlan(
        DateOnly periodStart, DateOnly periodEnd, PlanStatus status, string inputs, IReadOnlyList<StoredPlanItem> items,
        string? proposedFrom = null, string? createdBy = null, DateTime? createdAt = null)
    {
        if (periodEnd < periodStart) throw new ArgumentException($"The plan period ends ({periodEnd:yyyy-MM-dd}) before it starts ({periodStart:yyyy-MM-dd}).", nameof(periodEnd));
        if (string.IsNullOrWhiteSpace(inputs)) throw new ArgumentException("The plan's inputs must be a JSON object, got nothing.", nameof(inputs));
        ArgumentNullException.ThrowIfNull(items);
        var at = createdAt?.ToUniversalTime() ?? DateTime.UtcNow;
        at = new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        bool postgres = dialect.Provider == StoreProvider.PostgreSql;

        using var own = current is null ? BeginTransaction() : null;
        long next;
        using (var max = Command("SELECT COALESCE(MAX(id), 0) + 1 FROM allocation_plans"))
        {
            next = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        string planId = "plan-" + next.ToString(CultureInfo.InvariantCulture);
        long planKey;
        using (var insert = Command(
            "INSERT INTO allocation_plans (external_id, period_start, period_end, inputs, status, created_by, created_at, proposed_from) " +
            $"VALUES (@id, @start, @end, {(postgres ? "CAST(@inputs AS JSONB)" : "@inputs")}, @status, @by, @at, @from) RETURNING id"))
        {
            dialect.AddParameter(insert, "@id", ColumnType.Text).Value = planId;
            dialect.AddParameter(insert, "@start", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, periodStart, "period_start", planId);
            dialect.AddParameter(insert, "@end", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, periodEnd, "period_end", planId);
            dialect.AddParameter(insert, "@inputs", ColumnType.Text).Value = inputs;
            dialect.AddParameter(insert, "@status", ColumnType.Text).Value = EnumText.ToText(status);
            dialect.AddParameter(insert, "@by", ColumnType.Text).Value = (object?)createdBy ?? DBNull.Value;
            AddValue(insert, "@at", dialect.TimestampValue(at));
            dialect.AddParameter(insert, "@from", ColumnType.Text).Value = (object?)proposedFrom ?? DBNull.Value;
            planKey = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var known = CustomerKeyLookup();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is null || !known.ContainsKey(item.CustomerId ?? "")) throw new ArgumentException($"Plan item for customer '{item?.CustomerId}' names a customer that is not in the store.", nameof(items));
            if (!seen.Add(item.CustomerId!)) throw new ArgumentException($"Customer '{item.CustomerId}' has two items; a plan has one per customer.", nameof(items));
        }

        if (postgres) CopyPlanItems(planKey, planId, items);
        else InsertPlanItems(planKey, planId, items);
        own?.Commit();
        return new StoredPlan(planId, periodStart, periodEnd, status, inputs, at, createdBy, proposedFrom, items.Count);
    }

    /// <summary>The id an item of plan <paramref name="planId"/> for <paramref name="customerId"/> gets: "PLAN/CUSTOMER".</summary>
    public static string PlanItemId(string planId, string customerId) => planId + "/" + customerId;

    /// <summary>Every stored plan, oldest first, with its number of items.</summary>
    public IReadOnlyList<StoredPlan> ListPlans() => ReadPlans("", null).Select(p => p.Plan).ToList();

    /// <summary>The plan with id <paramref name="planId"/>, or null.</summary>
    public StoredPlan? ReadPlan(string planId)
    {
        ArgumentNullException.ThrowIfNull(planId);
        return ReadPlans("WHERE p.external_id = @id", planId).Select(p => p.Plan).SingleOrDefault();
    }

    /// <summary>The items of plan <paramref name="planId"/> in customer order of the store (empty for an unknown plan).</summary>
    public IReadOnlyList<StoredPlanItem> ReadPlanItems(string planId)
    {
        ArgumentNullException.ThrowIfNull(planId);
        using var command = Command(
            "SELECT i.external_id, i.target_id, i.tier, i.menu_tier, i.action, i.category, i.cost, i.hours, i.expected_value, i.staff_id " +
            "FROM allocation_plan_items i JOIN allocation_plans p ON p.id = i.plan_key " +
            "LEFT JOIN customers c ON c.external_id = i.target_id WHERE p.external_id = @id ORDER BY c.id, i.id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = planId;
        using var reader = command.ExecuteReader();
        var items = new List<StoredPlanItem>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string tier = Shared(pool, Text(reader, 2)) ?? "";
            items.Add(new StoredPlanItem(
                reader.GetString(0), Text(reader, 1) ?? "", tier, Shared(pool, Text(reader, 3)) ?? tier, Shared(pool, reader.GetString(4))!,
                Shared(pool, Text(reader, 5)) ?? "other", dialect.GetDecimal(reader, 6)!.Value, dialect.GetDecimal(reader, 7)!.Value,
                dialect.GetDecimal(reader, 8) ?? 0m, Shared(pool, Text(reader, 9))));
        }

        return items;
    }

    /// <summary>Sets the status of plan <paramref name="planId"/>; false when there is no such plan.</summary>
    public bool SetPlanStatus(string planId, PlanStatus status)
    {
        ArgumentNullException.ThrowIfNull(planId);
        using var update = Command("UPDATE allocation_plans SET status = @status WHERE external_id = @id");
        dialect.AddParameter(update, "@status", ColumnType.Text).Value = EnumText.ToText(status);
        dialect.AddParameter(update, "@id", ColumnType.Text).Value = planId;
        return update.ExecuteNonQuery() > 0;
    }

    /// <summary>Marks the drafts proposed from <paramref name="sourcePlanId"/> superseded, except <paramref name="keep"/>; returns how many.</summary>
    public int SupersedeDrafts(string sourcePlanId, string? keep)
    {
        ArgumentNullException.ThrowIfNull(sourcePlanId);
        using var update = Command("UPDATE allocation_plans SET status = @superseded WHERE proposed_from = @from AND status = @draft AND external_id <> @keep");
        dialect.AddParameter(update, "@superseded", ColumnType.Text).Value = EnumText.ToText(PlanStatus.Superseded);
        dialect.AddParameter(update, "@draft", ColumnType.Text).Value = EnumText.ToText(PlanStatus.Draft);
        dialect.AddParameter(update, "@from", ColumnType.Text).Value = sourcePlanId;
        dialect.AddParameter(update, "@keep", ColumnType.Text).Value = keep ?? "";
        return update.ExecuteNonQuery();
    }

    private List<(long Key, StoredPlan Plan)> ReadPlans(string where, string? planId)
    {
        using var command = Command(
            "SELECT p.id, p.external_id, p.period_start, p.period_end, p.status, " +
            (dialect.Provider == StoreProvider.PostgreSql ? "CAST(p.inputs AS TEXT)" : "p.inputs") + ", p.created_at, p.created_by, p.proposed_from, " +
            $"(SELECT COUNT(*) FROM allocation_plan_items i WHERE i.plan_key = p.id) FROM allocation_plans p {where} ORDER BY p.id");
        if (planId is not null) dialect.AddParameter(command, "@id", ColumnType.Text).Value = planId;
        using var reader = command.ExecuteReader();
        var plans = new List<(long, StoredPlan)>();
        while (reader.Read())
        {
            plans.Add((reader.GetInt64(0), new StoredPlan(
                reader.GetString(1), dialect.GetDate(reader, 2)!.Value, dialect.GetDate(reader, 3)!.Value, Parse<PlanStatus>(reader.GetString(4)),
                reader.GetString(5), Timestamp(reader, 6), Text(reader, 7), Text(reader, 8), Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture))));
        }

        return plans;
    }

    private void InsertPlanItems(long planKey, string planId, IReadOnlyList<StoredPlanItem> items)
    {
        using var insert = PreparedInsert("allocation_plan_items", ItemColumns, out var p);
        string customer = EnumText.ToText(InvestmentTargetKind.Customer);
        foreach (var item in items)
        {
            string id = PlanItemId(planId, item.CustomerId);
            p[0].Value = id;
            p[1].Value = planKey;
            p[2].Value = customer;
            p[3].Value = item.CustomerId;
            p[4].Value = item.Option;
            p[5].Value = dialect.ToDb(ColumnType.Decimal, item.Cost, "cost", id);
            p[6].Value = dialect.ToDb(ColumnType.Decimal, item.Hours, "hours", id);
            p[7].Value = dialect.ToDb(ColumnType.Decimal, item.ExpectedValue, "expected_value", id);
            p[8].Value = item.Tier;
            p[9].Value = item.MenuTier;
            p[10].Value = item.Category;
            p[11].Value = (object?)item.StaffId ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    private void CopyPlanItems(long planKey, string planId, IReadOnlyList<StoredPlanItem> items)
    {
        string customer = EnumText.ToText(InvestmentTargetKind.Customer);
        using var copy = ((NpgsqlConnection)connection).BeginBinaryImport($"COPY allocation_plan_items ({ItemColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var item in items)
        {
            string id = PlanItemId(planId, item.CustomerId);
            copy.StartRow();
            copy.Write(id, NpgsqlDbType.Text);
            copy.Write(planKey, NpgsqlDbType.Bigint);
            copy.Write(customer, NpgsqlDbType.Text);
            copy.Write(item.CustomerId, NpgsqlDbType.Text);
            copy.Write(item.Option, NpgsqlDbType.Text);
            copy.Write(StoredDecimal.Check(item.Cost, "cost", id), NpgsqlDbType.Numeric);
            copy.Write(StoredDecimal.Check(item.Hours, "hours", id), NpgsqlDbType.Numeric);
            copy.Write(StoredDecimal.Check(item.ExpectedValue, "expected_value", id), NpgsqlDbType.Numeric);
            copy.Write(item.Tier, NpgsqlDbType.Text);
            copy.Write(item.MenuTier, NpgsqlDbType.Text);
            copy.Write(item.Category, NpgsqlDbType.Text);
            if (item.StaffId is null) copy.WriteNull();
            else copy.Write(item.StaffId, NpgsqlDbType.Text);
        }

        copy.Complete();
    }
}
