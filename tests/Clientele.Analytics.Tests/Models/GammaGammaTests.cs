using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Models;

/// <summary>Gamma-Gamma against the published CDNOW results (shared/data/README.md).</summary>
public sealed class GammaGammaTests
{
    private static readonly Lazy<GammaGammaModel> Fitted = new(() => GammaGamma.Fit(CdnowSummary.Value.X, CdnowSummary.Value.Zbar));
    private static readonly Lazy<GammaGammaModel> FittedExact = new(() => GammaGamma.Fit(CdnowExact.Value.X, CdnowExact.Value.Zbar));

    private static GammaGammaModel Lifetimes { get; } = GammaGammaModel.FromParameters(new GammaGammaParameters(6.25, 3.74, 15.44));

    internal static GammaGammaModel Model => Fitted.Value;

    [Fact]
    public void Fit_CdnowSummary_MatchesPublishedParametersToTwoDecimals()
    {
        var p = Model.Values;
        Assert.Equal(6.25, p.P, 0.005);
        Assert.Equal(3.74, p.Q, 0.005);
        Assert.Equal(15.45, p.V, 0.005);
        Assert.Equal(946, Model.Diagnostics!.Customers);
        Assert.Equal(0, Model.ExcludedNonPositiveSpend);
    }

    [Fact]
    public void Fit_ExactSpendFromTransactions_MatchesClvToolsLogLikelihood()
    {
        // The CSV rounds z̄ to cents, which moves LL to −4055.9232; the exact means give CLVTools' value.
        Assert.Equal(-4055.9177, FittedExact.Value.LogLikelihood, 0.0005);
        Assert.Equal(6.25, FittedExact.Value.Values.P, 0.005);
        Assert.Equal(3.74, FittedExact.Value.Values.Q, 0.005);
        Assert.Equal(15.44, FittedExact.Value.Values.V, 0.005);
        Assert.Equal(-4055.9232, Model.LogLikelihood, 0.0005);
    }

    [Theory]
    [InlineData(0, 24.65, 24.658619)]
    [InlineData(1, 18.91, 18.911489)]
    [InlineData(2, 35.17, 35.170981)]
    [InlineData(3, 35.17, 35.170981)]
    [InlineData(4, 35.17, 35.170981)]
    [InlineData(5, 71.46, 71.462843)]
    [InlineData(6, 18.91, 18.911489)]
    [InlineData(7, 35.17, 35.170981)]
    [InlineData(8, 27.28, 27.282408)]
    [InlineData(9, 35.17, 35.170981)]
    public void ConditionalExpectedSpend_Customers1To10_MatchLifetimes(int customer, double rounded, double precise)
    {
        var s = CdnowSummary.Value;
        Assert.Equal(rounded, Lifetimes.ConditionalExpectedSpend(s.X[customer], s.Zbar[customer]), 0.1);
        BgNbdCdnowTests.Near(precise, Model.ConditionalExpectedSpend(s.X[customer], s.Zbar[customer]), 2e-6);
    }

    [Fact]
    public void ConditionalExpectedSpend_MeanOverAllCustomers_Is35Point2529588()
    {
        var s = CdnowSummary.Value;
        var spend = new double[s.Count];
        Model.ConditionalExpectedSpend(s.X, s.Zbar, spend);
        BgNbdCdnowTests.Near(35.2529588256, spend.Average(), 1e-7);
        Assert.Equal(35.078551797, s.Zbar.Where((_, i) => s.X[i] > 0).Average(), 1e-8);
    }

    [Fact]
    public void ConditionalExpectedSpend_NoRepeatPurchase_IsPopulationMean()
    {
        Assert.Equal(6.25 * 15.44 / 2.74, Lifetimes.PopulationMeanSpend, 1e-12);
        Assert.Equal(Lifetimes.PopulationMeanSpend, Lifetimes.ConditionalExpectedSpend(0, 0));
        Assert.Equal(6.25 * (15.44 + 3 * 20) / (6.25 * 3 + 3.74 - 1), Lifetimes.ConditionalExpectedSpend(3, 20), 1e-12);
    }

    [Fact]
    public void Fit_NonPositiveSpend_ExcludesAndCountsThoseCustomers()
    {
        var s = CdnowSummary.Value;
        var x = s.X.Append(2).Append(1).Append(0).ToArray();
        var z = s.Zbar.Append(-5).Append(0).Append(-3).ToArray();
        var model = GammaGamma.Fit(x, z);
        Assert.Equal(2, model.ExcludedNonPositiveSpend);
        Assert.Equal(Model.Values.P, model.Values.P, 1e-9);
        Assert.Equal(Model.LogLikelihood, model.LogLikelihood, 1e-9);
    }

    [Fact]
    public void Fit_StandardErrors_AreFiniteAndMatchFiniteDifferenceCurvature()
    {
        // lifetimes prints no Gamma-Gamma errors; assert our own values (exact-spend fit) to 3 digits.
        var se = FittedExact.Value.Parameters.Select(p => p.StandardError).ToArray();
        Assert.Equal(1.190, se[0], 0.001);
        Assert.Equal(0.2901, se[1], 0.0001);
        Assert.Equal(4.159, se[2], 0.001);
    }

    [Fact]
    public void LogLikelihood_FitEqualsSumOfCustomerLogLikelihoods()
    {
        var s = CdnowSummary.Value;
        double sum = 0;
        for (int i = 0; i < s.Count; i++)
        {
            if (s.X[i] > 0) sum += Model.CustomerLogLikelihood(s.X[i], s.Zbar[i]);
        }

        BgNbdCdnowTests.Near(sum, Model.LogLikelihood, 1e-12);
    }

    [Fact]
    public void Fit_SpendInCents_ScalesVBy100()
    {
        var s = CdnowSummary.Value;
        var cents = GammaGamma.Fit(s.X, s.Zbar.Select(z => z * 100).ToArray());
        BgNbdCdnowTests.Near(Model.Values.P, cents.Values.P, 1e-6);
        BgNbdCdnowTests.Near(Model.Values.Q, cents.Values.Q, 1e-6);
        BgNbdCdnowTests.Near(100 * Model.Values.V, cents.Values.V, 1e-6);
        Assert.Equal(Model.LogLikelihood - 946 * Math.Log(100), cents.LogLikelihood, 1e-6);
    }

    [Fact]
    public void Fit_InvalidInput_ThrowsNamingTheParameter()
    {
        Assert.Equal("monetaryValue", Assert.Throws<ArgumentException>(() => GammaGamma.Fit(new double[] { 1 }, new double[] { 1, 2 })).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => GammaGamma.Fit(new double[] { 1.5 }, new double[] { 2 })).ParamName);
        Assert.Equal("monetaryValue", Assert.Throws<ArgumentException>(() => GammaGamma.Fit(new double[] { 0, 1 }, new double[] { 0, -1 })).ParamName);
        Assert.Equal("P", Assert.Throws<ArgumentException>(() => new GammaGammaParameters(-1, 3, 15)).ParamName);
    }
}
