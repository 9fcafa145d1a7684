using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>
/// BG/NBD against every published CDNOW result in shared/data/README.md. The fit uses the
/// 2-decimal summary CSV; it reproduces lifetimes' MLE to 6 digits.
/// </summary>
public sealed class BgNbdCdnowTests
{
    private static readonly Lazy<BgNbdModel> Fitted = new(() => BgNbd.Fit(CdnowSummary.Value.Data));

    /// <summary>FHL 2005's rounded values, as used by lifetimes' tests.</summary>
    private static BgNbdModel Published { get; } = BgNbdModel.FromParameters(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));

    /// <summary>The BTYD walkthrough's MLE as printed (7 digits), which produced the walkthrough values; they agree to ~5e-6.</summary>
    private static BgNbdModel Btyd { get; } = BgNbdModel.FromParameters(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));

    internal static BgNbdModel Model => Fitted.Value;

    internal static void Near(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (rel {(actual - expected) / expected:E2}, tol {relative:E1})");

    [Fact]
    public void Fit_CdnowSummary_MatchesClvToolsMleWithin1e3()
    {
        var p = Model.Values;
        Near(0.2425945, p.R, 1e-3);
        Near(4.4136019, p.Alpha, 1e-3);
        Near(0.7929199, p.A, 1e-3);
        Near(2.4258881, p.B, 1e-3);
        Assert.Equal(-9582.429, Model.LogLikelihood, 0.01);
        var d = Assert.IsType<FitDiagnostics>(Model.Diagnostics);
        Assert.Equal(Clientele.Analytics.Numerics.MinimizationExitReason.GradientTolerance, d.ExitReason);
        Assert.Equal(1016, d.DistinctRows);
        Assert.Equal(2357, d.Customers);
    }


    [Fact]
    public void Fit_ExactTimesFromTransactions_MatchesClvToolsMleWithin1e5()
    {
        var model = BgNbd.Fit(CdnowExact.Value.Data);
        var p = model.Values;
        Near(0.2425945, p.R, 1e-5);
        Near(4.4136019, p.Alpha, 1e-5);
        Near(0.7929199, p.A, 1e-5);
        Near(2.4258881, p.B, 1e-5);
        Assert.Equal(-9582.429, model.LogLikelihood, 0.0005);
    }

    [Fact]
    public void Fit_CdnowSummary_MatchesLifetimesMleWithin1e5()
    {
        var p = Model.Values;
        Near(0.242593, p.R, 1e-5);
        Near(4.413532, p.Alpha, 1e-5);
        Near(0.792886, p.A, 1e-5);
        Near(2.425752, p.B, 1e-5);
    }

    [Theory]
    [InlineData(0, 0.012557)]
    [InlineData(1, 0.378221)]
    [InlineData(2, 0.185719)]
    [InlineData(3, 0.705345)]
    public void StandardErrors_CdnowFit_MatchLifetimesWithin1e4(int index, double expected) =>
        Near(expected, Model.Parameters[index].StandardError, 1e-4);

    [Fact]
    public void LogLikelihood_PublishedParameters_IsMinus9582Point4()
    {
        double ll = BgNbd.LogLikelihood(Published.Values, CdnowSummary.Value.Data);
        Assert.Equal(-9582.4, ll, 0.05);
    }

    [Theory]
    [InlineData(0.1429, 0.0078)]
    [InlineData(1, 0.0532)]
    [InlineData(3, 0.1506)]
    [InlineData(31.8571, 1.0405)]
    [InlineData(32, 1.0437)]
    [InlineData(78, 1.8576)]
    public void ExpectedPurchases_FittedModel_MatchesLifetimesWithinItsDecimal3(double t, double expected) =>
        Assert.Equal(expected, Model.ExpectedPurchases(t), 0.0005);

    [Fact]
    public void ExpectedPurchases_LifetimesMle_Week78MatchesMpmath()
    {
        // lifetimes prints 1.8576 (it asserts 3 decimals); mpmath's hyp2f1 at the same parameters gives 1.85797210520413.
        var lifetimes = BgNbdModel.FromParameters(new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752));
        Near(1.85797210520413, lifetimes.ExpectedPurchases(78), 1e-10);
    }

    [Fact]
    public void ExpectedPurchases_BtydMle_Week52Is1Point444004() =>
        Near(1.444004, Btyd.ExpectedPurchases(52), 1e-6);

    [Fact]
    public void ConditionalExpectedPurchases_Customer1_Is1Point226() =>
        Assert.Equal(1.226, Model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 0.001);

    [Fact]
    public void Customer1516_BtydMle_MatchesWalkthrough()
    {
        Near(25.75659, Btyd.ConditionalExpectedPurchases(52, 26, 30.85714, 31), 1e-5);
        Near(0.9688523, Btyd.ProbabilityAlive(26, 30.85714, 31), 1e-6);
        Near(25.75659, Model.ConditionalExpectedPurchases(52, 26, 30.85714, 31), 1e-4);
    }

    [Theory]
    [InlineData(10, 0.3474606)]
    [InlineData(15, 0.04283391)]
    [InlineData(20, 0.004158973)]
    [InlineData(25, 0.0003583685)]
    public void ConditionalExpectedPurchases_BtydTable_MatchesWalkthrough(double x, double expected) =>
        Near(expected, Btyd.ConditionalExpectedPurchases(52, x, 20, 39), 1e-5);

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchases_IsExactlyOne() =>
        Assert.Equal(1.0, Model.ProbabilityAlive(0, 1, 1));

    [Fact]
    public void ProbabilityAlive_ThousandPurchasesLongAgo_IsExactlyZero()
    {
        Assert.Equal(0.0, Model.ProbabilityAlive(1000, 10, 100));
        Assert.Equal(0.0, Model.ConditionalExpectedPurchases(52, 1000, 10, 100));
        Assert.Equal(1.0, Model.ProbabilityNoPurchase(52, 1000, 10, 100));
    }

    [Fact]
    public void ProbabilityOfPurchases_TenInTwoWeeks_Is1Point07869e7() =>
        Near(1.07869e-07, Published.ProbabilityOfPurchases(10, 2), 1e-5);

    [Fact]
    public void ProbabilityOfPurchases_NoneIn39Weeks_Is0Point5737864() =>
        Near(0.5737864, Published.ProbabilityOfPurchases(0, 39), 1e-6);

    [Theory]
    [InlineData(11, 0.0019995214)]
    [InlineData(12, 0.0015170236)]
    [InlineData(13, 0.0011633150)]
    [InlineData(14, 0.0009003148)]
    [InlineData(15, 0.0007023638)]
    [InlineData(16, 0.0005517902)]
    [InlineData(17, 0.0004361913)]
    [InlineData(18, 0.0003467171)]
    [InlineData(19, 0.0002769613)]
    [InlineData(20, 0.0002222260)]
    public void ProbabilityOfPurchases_In30Weeks_MatchesLifetimes(int n, double expected) =>
        Near(expected, Published.ProbabilityOfPurchases(n, 30), 1e-6);

    [Fact]
    public void HoldoutMeanByCalibrationFrequency_BtydMle_MatchesWalkthrough()
    {
        // BTYD p.24: mean conditional E[Y(39)] per calibration-frequency bin 0..6, 7+.
        double[] expected = [0.2250893, 0.5231364, 1.044126, 1.520256, 2.163824, 2.653789, 3.503957, 6.157036];
        int[] sizes = [1411, 439, 214, 100, 62, 38, 29, 64];
        var s = CdnowSummary.Value;
        var sum = new double[8];
        var count = new int[8];
        for (int i = 0; i < s.Count; i++)
        {
            int bin = (int)Math.Min(s.X[i], 7);
            sum[bin] += Btyd.ConditionalExpectedPurchases(39, s.X[i], s.Tx[i], s.T[i]);
            count[bin]++;
        }

        Assert.Equal(sizes, count);
        for (int bin = 0; bin < 8; bin++) Near(expected[bin], sum[bin] / count[bin], 2e-4);
    }

    [Fact]
    public void CumulativeRepeatTransactions_BtydMle_MatchesWalkthroughWeeks20To25()
    {
        // BTYD's bgnbd.ExpectedCumulativeTransactions: customer i is born max(T) − T_i weeks in and
        // contributes E[X(week − birth)]; weekly values are the differences.
        double[] cumulative = [1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6];
        double[] weekly = [76.86531, 74.88843, 73.04554, 71.32166, 69.70412, 68.18213];
        var T = CdnowExact.Value.T;
        double last = T.Max();
        double Cumulative(int week) => T.Select(t => last - t).Where(b => b < week).Sum(b => Btyd.ExpectedPurchases(week - b));
        for (int i = 0; i < 6; i++)
        {
            int week = 20 + i;
            Near(cumulative[i], Cumulative(week), 2e-6);
            Near(weekly[i], Cumulative(week) - Cumulative(week - 1), 2e-6);
        }
    }

    [Theory]
    [InlineData(0, 0, -0.59947382)]
    [InlineData(200, 38, 100.7957)]
    public void CustomerLogLikelihood_PymcMarketingCases_Match(double x, double tx, double expected)
    {
        var p = new BgNbdParameters(0.25, 4.0, 0.80, 2.50);
        Assert.Equal(expected, BgNbd.CustomerLogLikelihood(p, x, tx, 40), 0.00001);
        Assert.Equal(expected, BgNbdModel.FromParameters(p).CustomerLogLikelihood(x, tx, 40), 0.00001);
    }
}
