using Clientele.Analytics.ChurnRisk;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

/// <summary>Reading the churn early warning's inputs, against SQLite and PostgreSQL.</summary>
public abstract class ChurnRiskStoreTests
{
    protected abstract ITestDatabase CreateDatabase();

    [Fact]
    public void ReadChurnRiskInput_TwoSnapshots_LatestAsOfComparedWithTheEarlierOne()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        var input = store.ReadChurnRiskInput()!;

        Assert.Equal(("late", "early"), (input.Current.RunId, input.Previous!.RunId));
        Assert.Equal(["c1", "c2", "c3"], input.Customers.Select(c => c.CustomerId));
        var c1 = input.Customers[0];
        // Weeks back to days: t_x = 9 weeks = 63 days, T = 20 weeks = 140 days.
        Assert.Equal((500.0, 0.4, (double?)0.9, 3, 63, 140), (c1.Clv, c1.ProbabilityAlive, c1.PreviousProbabilityAlive, c1.RepeatPurchases, c1.RecencyDays, c1.AgeDays));
        Assert.Equal(new CustomerProfile("At risk", "D1", "East", "retail", "small", "dealer"), c1.Profile);
        Assert.Equal(new SatisfactionReading(new(2025, 6, 1), 8m, 10), c1.LatestSatisfaction);
        Assert.Equal(new SatisfactionReading(new(2025, 3, 1), 4m, 5), c1.PreviousSatisfaction);
        // i1 is open; i2 was resolved on 2025-07-10, before the as-of day.
        Assert.Equal((1, (DateOnly?)new DateOnly(2025, 5, 1)), (c1.OpenComplaints, c1.OldestOpenComplaint));
        var c2 = input.Customers[1];
        Assert.Equal((new SatisfactionReading(new(2024, 12, 1), 1m, 5), (SatisfactionReading?)null), (c2.LatestSatisfaction!, c2.PreviousSatisfaction));
        Assert.Equal((1, (DateOnly?)new DateOnly(2024, 11, 1)), (c2.OpenComplaints, c2.OldestOpenComplaint));
        var c3 = input.Customers[2];
        Assert.True(double.IsNaN(c3.Clv) && double.IsNaN(c3.ProbabilityAlive));
        Assert.Null(c3.PreviousProbabilityAlive);
    }

    [Fact]
    public void ReadChurnRiskInput_EvidenceFrom_EarlierAnswersAndComplaintsIgnored()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        var c2 = store.ReadChurnRiskInput(evidenceFrom: new DateOnly(2025, 1, 1))!.Customers[1];

        Assert.Equal((null, 0, null), (c2.LatestSatisfaction, c2.OpenComplaints, c2.OldestOpenComplaint));
    }

    [Fact]
    public void ReadChurnRiskInput_AsOfBeforeTheLateSnapshot_EarlySnapshotWithComplaintsOpenThen()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        var input = store.ReadChurnRiskInput(new DateOnly(2025, 9, 30))!;

        Assert.Equal("early", input.Current.RunId);
        Assert.Null(input.Previous);
        Assert.Equal(["c1", "c2"], input.Customers.Select(c => c.CustomerId));
        var c1 = input.Customers[0];
        Assert.Equal((30, 100, (double?)null), (c1.RecencyDays, c1.AgeDays, c1.PreviousProbabilityAlive));
        // As of 2025-06-30 both i1 and i2 are open; the 2025-06-01 answer is the latest.
        Assert.Equal((2, (DateOnly?)new DateOnly(2025, 5, 1)), (c1.OpenComplaints, c1.OldestOpenComplaint));
        Assert.Equal(new DateOnly(2025, 6, 1), c1.LatestSatisfaction!.Date);
    }

    [Fact]
    public void ReadCustomerChurnRiskInput_OneCustomer_TheSameFactsAsTheWholeList()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);
        var all = store.ReadChurnRiskInput()!;

        foreach (var expected in all.Customers)
        {
            var one = store.ReadCustomerChurnRiskInput(expected.CustomerId)!;
            Assert.Equal(("late", "early"), (one.Current.RunId, one.Previous!.RunId));
            Assert.Equal(expected, Assert.Single(one.Customers));
        }
    }

    [Fact]
    public void ReadCustomerChurnRiskInput_UnknownCustomer_SnapshotsWithoutRows()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        var input = store.ReadCustomerChurnRiskInput("nobody")!;

        Assert.Equal("late", input.Current.RunId);
        Assert.Empty(input.Customers);
    }

    [Fact]
    public void ReadCustomerChurnRiskInput_NoSnapshot_Null()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        store.InsertCustomers([new Clientele.Domain.Entities.Customer("c1")]);

        Assert.Null(store.ReadCustomerChurnRiskInput("c1"));
    }

    [Fact]
    public void ReadChurnRiskInput_NoSnapshotThatEarly_Null()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        Assert.Null(store.ReadChurnRiskInput(new DateOnly(2025, 1, 1)));
    }
}

public sealed class SqliteChurnRiskStoreTests : ChurnRiskStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresChurnRiskStoreTests : ChurnRiskStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
