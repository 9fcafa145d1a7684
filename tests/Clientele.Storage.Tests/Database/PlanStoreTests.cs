using System.Data.Common;
using Clientele.Storage.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clientele.Storage.Tests.Database;

/// <summary>Reading the latest allocation plan, against SQLite and PostgreSQL.</summary>
public abstract class PlanStoreTests
{
    protected abstract ITestDatabase CreateDatabase();

    // Two plans; p-new is the later by created_at although stored first. Money and hours: SQLite keeps 1/10,000 units.
    private static void InsertPlans(StoreLocation location)
    {
        bool sqlite = location.Provider == StoreProvider.Sqlite;
        string Money(decimal value) => sqlite ? ((long)(value * 10_000m)).ToString(System.Globalization.CultureInfo.InvariantCulture) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string inputs = sqlite ? "'{}'" : "'{}'::jsonb";
        string sql =
            "INSERT INTO allocation_plans (id, external_id, period_start, period_end, inputs, status, created_by, created_at) VALUES " +
            $"(1, 'p-new', '2026-01-01', '2026-06-30', {inputs}, 'approved', 'ana', '2026-01-03T10:00:00.000Z'), " +
            $"(2, 'p-old', '2025-07-01', '2025-12-31', {inputs}, 'closed', NULL, '2025-06-20T10:00:00.000Z');" +
            "INSERT INTO allocation_plan_items (external_id, plan_key, target_kind, target_id, action, cost, hours, expected_value) VALUES " +
            $"('a', 1, 'customer', 'C1', 'trip', {Money(1234.5m)}, {Money(2.25m)}, {Money(5000m)}), " +
            $"('b', 1, 'tier', 'silver', 'gift', {Money(80m)}, {Money(0m)}, NULL), " +
            $"('c', 2, 'overhead', NULL, 'greeting', {Money(1m)}, {Money(0m)}, NULL);";
        using DbConnection connection = sqlite ? new SqliteConnection($"Data Source={location.FilePath}") : new NpgsqlConnection(location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void ReadLatestPlan_TwoPlans_TheLatestCreatedWithItsItems()
    {
        using var db = CreateDatabase();
        using (ClienteleStore.Open(db.Location))
        {
        }

        InsertPlans(db.Location);
        using var store = ClienteleStore.Open(db.Location, createIfMissing: false);

        var plan = store.ReadLatestPlan()!;

        Assert.Equal(("p-new", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), "approved", "ana"), (plan.PlanId, plan.PeriodStart, plan.PeriodEnd, plan.Status, plan.CreatedBy));
        Assert.Equal(new DateTime(2026, 1, 3, 10, 0, 0, DateTimeKind.Utc), plan.CreatedAt);
        Assert.Equal(
            [new StoredPlanItem("customer", "C1", "trip", 1234.5m, 2.25m, 5000m), new StoredPlanItem("tier", "silver", "gift", 80m, 0m, null)],
            plan.Items);
    }

    [Fact]
    public void ReadLatestPlan_NoPlan_Null()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        Assert.Null(store.ReadLatestPlan());
    }
}

public sealed class SqlitePlanStoreTests : PlanStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresPlanStoreTests : PlanStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
