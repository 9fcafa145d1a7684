using System.Globalization;
using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>What a plan evaluation reads: spend booked against plan items, revenue, complaints and satisfaction per customer in a window, staff.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// Σ amount of the investments booked against each item of plan <paramref name="planId"/> (by
    /// <c>plan_item_id</c>) dated on or before <paramref name="asOf"/>, keyed by item id; items without spend are absent.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> PlanItemSpend(string planId, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(planId);
        using var command = Command(
            "SELECT i.external_id, SUM(v.amount) FROM investments v " +
            "JOIN allocation_plan_items i ON i.external_id = v.plan_item_id JOIN allocation_plans p ON p.id = i.plan_key " +
            "WHERE p.external_id = @id AND v.date <= @asOf GROUP BY i.external_id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = planId;
        dialect.AddParameter(command, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as-of", planId);
        using var reader = command.ExecuteReader();
        var spend = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (reader.Read()) spend[reader.GetString(0)] = dialect.DecimalAggregate(reader.GetValue(1));
        return spend;
    }

    /// <summary>
    /// Spend booked to an item id of the form "PLAN/…" of plan <paramref name="planId"/> that names no item of it
    /// (a typo in the ledger), dated on or before <paramref name="asOf"/>: (entries, Σ amount).
    /// </summary>
    public (int Entries, decimal Amount) UnmatchedPlanSpend(string planId, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(planId);
        using var command = Command(
            "SELECT COUNT(*), SUM(v.amount) FROM investments v WHERE v.plan_item_id LIKE @prefix AND v.date <= @asOf " +
            "AND NOT EXISTS (SELECT 1 FROM allocation_plan_items i WHERE i.external_id = v.plan_item_id)");
        dialect.AddParameter(command, "@prefix", ColumnType.Text).Value = planId.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "/%";
        dialect.AddParameter(command, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as-of", planId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), dialect.DecimalAggregate(reader.GetValue(1)));
    }

    /// <summary>Σ transaction amount per customer (external id) dated from <paramref name="from"/> to <paramref name="to"/> inclusive, summed by the database.</summary>
    public IReadOnlyDictionary<string, decimal> RevenueByCustomer(DateOnly from, DateOnly to)
    {
        using var command = Command(
            "SELECT c.external_id, SUM(t.amount) FROM transactions t JOIN customers c ON c.id = t.customer_key " +
            "WHERE t.date >= @from AND t.date <= @to GROUP BY c.external_id");
        AddWindow(command, from, to);
        using var reader = command.ExecuteReader();
        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (reader.Read()) revenue[reader.GetString(0)] = dialect.DecimalAggregate(reader.GetValue(1));
        return revenue;
    }

    /// <summary>Complaints and satisfaction answers per customer (external id) dated from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public IReadOnlyDictionary<string, CustomerFeedback> FeedbackByCustomer(DateOnly from, DateOnly to)
    {
        var feedback = new Dictionary<string, CustomerFeedback>(StringComparer.Ordinal);
        using (var command = Command(
            "SELECT c.external_id, COUNT(*) FROM interactions x JOIN customers c ON c.id = x.customer_key " +
            "WHERE x.kind = 'complaint' AND x.date >= @from AND x.date <= @to GROUP BY c.external_id"))
        {
            AddWindow(command, from, to);
            using var reader = command.ExecuteReader();
            while (reader.Read()) feedback[reader.GetString(0)] = new CustomerFeedback(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), 0, 0);
        }

        using (var command = Command(
            "SELECT c.external_id, s.satisfaction, s.satisfaction_scale FROM survey_responses s JOIN customers c ON c.id = s.customer_key " +
            "WHERE s.satisfaction IS NOT NULL AND s.date >= @from AND s.date <= @to"))
        {
            AddWindow(command, from, to);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string id = reader.GetString(0);
                double score = (double)dialect.GetDecimal(reader, 1)!.Value;
                int scale = reader.GetInt32(2);
                double rescaled = scale > 1 ? Math.Clamp((score - 1) / (scale - 1), 0, 1) : 0;
                var f = feedback.GetValueOrDefault(id);
                feedback[id] = f with { SatisfactionSum = f.SatisfactionSum + rescaled, SatisfactionAnswers = f.SatisfactionAnswers + 1 };
            }
        }

        return feedback;
    }

    /// <summary>All staff members, in insertion order.</summary>
    public IReadOnlyList<StaffMember> ReadStaff()
    {
        using var command = Command("SELECT external_id, name, role, capacity_hours_per_month, skill_level FROM staff ORDER BY id");
        using var reader = command.ExecuteReader();
        var staff = new List<StaffMember>();
        while (reader.Read())
        {
            staff.Add(new StaffMember(reader.GetString(0), Text(reader, 1), Text(reader, 2), dialect.GetDecimal(reader, 3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return staff;
    }

    /// <summary>Each customer's current account manager (customer external id → staff id), for customers that have one.</summary>
    public IReadOnlyDictionary<string, string> CurrentAccountManagers()
    {
        using var command = Command("SELECT external_id, account_manager_id FROM customers WHERE account_manager_id IS NOT NULL");
        using var reader = command.ExecuteReader();
        var managers = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) managers[reader.GetString(0)] = reader.GetString(1);
        return managers;
    }

    /// <summary>Saves an evaluation of plan <paramref name="planId"/>; its id is "PLAN/eval-N".</summary>
    /// <exception cref="ArgumentException">There is no such plan, or a JSON text is blank.</exception>
    public StoredPlanEvaluation SavePlanEvaluation(string planId, DateOnly asOf, string effects, string result, DateTime? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(planId);
        if (string.IsNullOrWhiteSpace(effects)) throw new ArgumentException("The recalibrated effects must be a JSON object, got nothing.", nameof(effects));
        if (string.IsNullOrWhiteSpace(result)) throw new ArgumentException("The evaluation must be a JSON object, got nothing.", nameof(result));
        var plan = ReadPlans("WHERE p.external_id = @id", planId).SingleOrDefault();
        if (plan.Plan is null) throw new ArgumentException($"There is no plan '{planId}' to evaluate.", nameof(planId));
        var at = createdAt?.ToUniversalTime() ?? DateTime.UtcNow;
        at = new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        bool postgres = dialect.Provider == StoreProvider.PostgreSql;
        using var own = current is null ? BeginTransaction() : null;
        long count;
        using (var max = Command("SELECT COUNT(*) FROM allocation_evaluations WHERE plan_key = @plan"))
        {
            dialect.AddParameter(max, "@plan", ColumnType.Integer).Value = plan.Key;
            count = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        string id = $"{planId}/eval-{count + 1}";
        using (var insert = Command(
            "INSERT INTO allocation_evaluations (external_id, plan_key, as_of, created_at, effects, result) VALUES (@id, @plan, @asOf, @at, " +
            (postgres ? "CAST(@effects AS JSONB), CAST(@result AS JSONB))" : "@effects, @result)")))
        {
            dialect.AddParameter(insert, "@id", ColumnType.Text).Value = id;
            dialect.AddParameter(insert, "@plan", ColumnType.Integer).Value = plan.Key;
            dialect.AddParameter(insert, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as_of", id);
            AddValue(insert, "@at", dialect.TimestampValue(at));
            dialect.AddParameter(insert, "@effects", ColumnType.Text).Value = effects;
            dialect.AddParameter(insert, "@result", ColumnType.Text).Value = result;
            insert.ExecuteNonQuery();
        }

        own?.Commit();
        return new StoredPlanEvaluation(id, planId, asOf, at, effects, result);
    }

    /// <summary>The evaluations of plan <paramref name="planId"/>, oldest first.</summary>
    public IReadOnlyList<StoredPlanEvaluation> ReadPlanEvaluations(string planId)
    {
        ArgumentNullException.ThrowIfNull(planId);
        bool postgres = dialect.Provider == StoreProvider.PostgreSql;
        using var command = Command(
            "SELECT e.external_id, e.as_of, e.created_at, " + (postgres ? "CAST(e.effects AS TEXT), CAST(e.result AS TEXT)" : "e.effects, e.result") +
            " FROM allocation_evaluations e JOIN allocation_plans p ON p.id = e.plan_key WHERE p.external_id = @id ORDER BY e.id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = planId;
        using var reader = command.ExecuteReader();
        var evaluations = new List<StoredPlanEvaluation>();
        while (reader.Read())
        {
            evaluations.Add(new StoredPlanEvaluation(reader.GetString(0), planId, dialect.GetDate(reader, 1)!.Value, Timestamp(reader, 2), reader.GetString(3), reader.GetString(4)));
        }

        return evaluations;
    }

    private void AddWindow(System.Data.Common.DbCommand command, DateOnly from, DateOnly to)
    {
        dialect.AddParameter(command, "@from", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, from, "from", "");
        dialect.AddParameter(command, "@to", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, to, "to", "");
    }
}
