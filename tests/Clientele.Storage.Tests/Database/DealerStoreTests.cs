using Clientele.Analytics.Dealers;
using Clientele.Analytics.Metrics;

namespace Clientele.Storage.Tests.Database;

/// <summary>Reading dealer figures, against SQLite and PostgreSQL.</summary>
public abstract class DealerStoreTests
{
    protected abstract ITestDatabase CreateDatabase();

    [Fact]
    public void ReadDealerFigures_Year2025_SumsAndCountsAsHandComputed()
    {
        using var db = CreateDatabase();
        using var store = RiskStoreFixture.Create(db);

        var figures = store.ReadDealerFigures(new MetricPeriod(new(2025, 1, 1), new(2025, 12, 31)));

        // Stored dealers in key order, then the unknown id DX that a transaction carries.
        Assert.Equal(["D1", "D2", "DX"], figures.Select(f => f.Dealer.Id));
        var d1 = figures[0];
        Assert.Equal(("One", "East", 3, 0.5m, 10_000m), (d1.Dealer.Name!, d1.Dealer.Region!, d1.Dealer.Outlets!.Value, d1.Dealer.Coverage!.Value, d1.Dealer.RegionMarketSize!.Value));
        // Sales 100 + 200 + 300 − 20; previous period 2024-01-02..2024-12-31 holds only t3 (50).
        Assert.Equal((580m, 50m, 2), (d1.Sales, d1.PreviousSales, d1.CustomersServed));
        // c1's answers 4 of 5 and 8 of 10 (c2's is from 2024); complaints i1, i2 of c1 and i3 of c2.
        Assert.Equal(2, d1.SatisfactionResponses);
        Assert.Equal(1.6, d1.SatisfactionShareSum, 12);
        Assert.Equal(3, d1.Complaints);
        Assert.Equal((0m, 0m, 0, 0, 0), (figures[1].Sales, figures[1].PreviousSales, figures[1].CustomersServed, figures[1].SatisfactionResponses, figures[1].Complaints));
        var dx = figures[2];
        Assert.Equal((null, 400.5m, 0m, 1, 1, 0), (dx.Dealer.Name, dx.Sales, dx.PreviousSales, dx.CustomersServed, dx.SatisfactionResponses, dx.Complaints));
        Assert.Equal(0.6, dx.SatisfactionShareSum, 12);
    }
}

public sealed class SqliteDealerStoreTests : DealerStoreTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresDealerStoreTests : DealerStoreTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
