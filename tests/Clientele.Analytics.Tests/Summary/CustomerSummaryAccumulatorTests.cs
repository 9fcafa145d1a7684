using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Summary;

public class CustomerSummaryAccumulatorTests
{
    private static DateOnly Jan(int day) => new(2024, 1, day);

    // a: two purchases on Jan 1 (merged), Jan 5, a return and a purchase on Jan 10 (net 26),
    //    a holdout purchase on Jan 25 and one after the as-of date (ignored).
    // b: two purchases on Jan 3 only (x = 0).  d: one purchase on the calibration end (T = 0).
    // c: first purchase in the holdout (not in the cohort; its repeat on Jan 28 is not tracked).
    private static readonly Transaction[] Fixture =
    [
        new("a", Jan(1), 10m), new("b", Jan(3), 12m), new("a", Jan(1), 5m), new("b", Jan(3), 8m),
        new("a", Jan(5), 20m), new("a", Jan(10), -4m), new("a", Jan(10), 30m), new("d", Jan(20), 5m),
        new("c", Jan(22), 50m), new("a", Jan(25), 7m), new("c", Jan(28), 10m), new("a", new DateOnly(2024, 2, 5), 100m),
    ];

    private static SummaryPeriod Period(TimeUnit unit) => new(Jan(31), unit, Jan(20));

    public static TheoryData<TimeUnit, double> Units => new() { { TimeUnit.Day, 1.0 }, { TimeUnit.Week, 7.0 }, { TimeUnit.Month, 30.4375 } };

    [Theory]
    [MemberData(nameof(Units))]
    public void FromTransactions_HandFixture_GivesHandComputedRows(TimeUnit unit, double unitDays)
    {
        var s = CustomerSummaryBuilder.FromTransactions(Fixture, Period(unit));

        Assert.Equal(["a", "b", "d"], s.Ids.ToArray());
        Assert.Equal(new CustomerSummary("a", 2, 9 / unitDays, 19 / unitDays, (20 + 26) / 2.0, 68, 4, 6, Jan(1), Jan(25), 1, 7), s[0]);
        Assert.Equal(new CustomerSummary("b", 0, 0, 17 / unitDays, 0, 20, 1, 2, Jan(3), Jan(3), 0, 0), s[1]);
        Assert.Equal(new CustomerSummary("d", 0, 0, 0, 0, 5, 1, 1, Jan(20), Jan(20), 0, 0), s[2]);
        Assert.Equal(1, s.IgnoredRows);
        Assert.Equal(1, s.CustomersAcquiredInHoldout);
    }

    [Fact]
    public void DailyRepeatPurchases_HandFixture_CountsCohortRepeatDaysOnly()
    {
        var s = CustomerSummaryBuilder.FromTransactions(Fixture, Period(TimeUnit.Day));

        var expected = new int[31];
        expected[5 - 1] = 1;
        expected[10 - 1] = 1;
        expected[25 - 1] = 1;
        Assert.Equal(Jan(1), s.DailyRepeatPurchasesStart);
        Assert.Equal(expected, s.DailyRepeatPurchases.ToArray());
    }

    [Fact]
    public void Build_FixtureReversed_GivesTheSameRowsAsInOrder()
    {
        var ids = new[] { "a", "b", "c", "d" };
        var ordered = Accumulate(Fixture, ids);
        var reversed = Accumulate(Fixture.Reverse(), ids);

        Assert.Equal(ordered.ToArray(), reversed.ToArray());
        Assert.Equal(ordered.DailyRepeatPurchases.ToArray(), reversed.DailyRepeatPurchases.ToArray());
    }

    [Fact]
    public void Build_WithoutCalibrationEnd_HasEmptyHoldoutColumnsAndUsesObservationEnd()
    {
        var s = CustomerSummaryBuilder.FromTransactions(Fixture, new SummaryPeriod(Jan(31), TimeUnit.Day));

        Assert.Equal(4, s.Count);
        Assert.True(s.HoldoutFrequency.IsEmpty);
        Assert.True(s.HoldoutRevenue.IsEmpty);
        Assert.Null(s[0].HoldoutFrequency);
        Assert.Equal(new CustomerSummary("a", 3, 24, 30, (20 + 26 + 7) / 3.0, 68, 4, 6, Jan(1), Jan(25), null, null), s[0]);
        Assert.Equal(new CustomerSummary("c", 1, 6, 9, 10, 60, 2, 2, Jan(22), Jan(28), null, null), s[3]);
        Assert.Equal(0, s.CustomersAcquiredInHoldout);
    }

    [Fact]
    public void Build_AddAfterBuildFollowingRebuild_KeepsCounting()
    {
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(Jan(31), TimeUnit.Day));
        accumulator.Add(0, Jan(10), 1);
        accumulator.Add(0, Jan(2), 1);
        Assert.Equal(1, accumulator.Build(["x"])[0].Frequency);

        accumulator.Add(0, Jan(20), 1);
        accumulator.Add(0, Jan(20), 1);

        var row = accumulator.Build(["x"])[0];
        Assert.Equal(2, row.Frequency);
        Assert.Equal(18, row.Recency);
        Assert.Equal(4, row.TransactionCount);
    }

    [Fact]
    public void Build_CustomerWithOnlyIgnoredRows_IsAbsent()
    {
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(Jan(31), TimeUnit.Day));

        Assert.True(accumulator.Add(0, Jan(3), 1));
        Assert.False(accumulator.Add(1, new DateOnly(2024, 2, 1), 1));
        var s = accumulator.Build(["kept", "later"]);

        Assert.Equal(["kept"], s.Ids.ToArray());
        Assert.Equal(1, s.IgnoredRows);
    }

    [Fact]
    public void Add_NegativeCustomer_Throws()
    {
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(Jan(31), TimeUnit.Day));

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(-1, Jan(3), 1));
        Assert.Equal("customer", e.ParamName);
    }

    [Fact]
    public void Add_NaNAmount_Throws()
    {
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(Jan(31), TimeUnit.Day));

        var e = Assert.Throws<ArgumentException>(() => accumulator.Add(0, Jan(3), double.NaN));
        Assert.Equal("amount", e.ParamName);
    }

    [Fact]
    public void Build_TooFewIds_Throws()
    {
        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(Jan(31), TimeUnit.Day));
        accumulator.Add(2, Jan(3), 1);

        var e = Assert.Throws<ArgumentException>(() => accumulator.Build(["a", "b"]));
        Assert.Equal("customerIds", e.ParamName);
    }

    [Fact]
    public void SummaryPeriod_CalibrationAfterObservationEnd_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new SummaryPeriod(Jan(10), TimeUnit.Week, Jan(11)));

        Assert.Equal("calibrationEnd", e.ParamName);
        Assert.Contains("must not be later", e.Message);
    }

    [Fact]
    public void SummaryPeriod_HoldoutLength_IsInUnits()
    {
        Assert.Equal(39, new SummaryPeriod(new DateOnly(1998, 6, 30), TimeUnit.Week, new DateOnly(1997, 9, 30)).HoldoutLength);
        Assert.Equal(0, new SummaryPeriod(Jan(10), TimeUnit.Week).HoldoutLength);
    }

    private static CustomerSummaries Accumulate(IEnumerable<Transaction> rows, string[] ids)
    {
        var accumulator = new CustomerSummaryAccumulator(Period(TimeUnit.Day));
        foreach (var t in rows) accumulator.Add(Array.IndexOf(ids, t.CustomerId), t.Date, (double)t.Amount);
        return accumulator.Build(ids);
    }
}
