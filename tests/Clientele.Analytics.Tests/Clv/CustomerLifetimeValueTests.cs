using Clientele.Analytics.Clv;
using Clientele.Analytics.Models;
using Clientele.Analytics.Tests.Models;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Clv;

public sealed class CustomerLifetimeValueTests
{
    /// <summary>lifetimes' freq='D' quirk on weekly data: each "month" is 30 weeks (README, "About the CLV row").</summary>
    private static readonly ClvOptions Lifetimes = new(MonthLength: 30, HorizonMonths: 12, MonthlyDiscountRate: 0.01);

    [Theory]
    [InlineData(0, 140.096211)]
    [InlineData(1, 18.943467)]
    [InlineData(2, 38.180574)]
    [InlineData(3, 38.180574)]
    [InlineData(4, 38.180574)]
    [InlineData(5, 1003.868107)]
    [InlineData(6, 28.109683)]
    [InlineData(7, 38.180574)]
    [InlineData(8, 167.418216)]
    [InlineData(9, 38.180574)]
    public void Compute_Customers1To10_MatchLifetimes(int customer, double expected)
    {
        var s = CdnowSummary.Value;
        double spend = GammaGammaTests.Model.ConditionalExpectedSpend(s.X[customer], s.Zbar[customer]);
        double clv = CustomerLifetimeValue.Compute(BgNbdCdnowTests.Model, s.X[customer], s.Tx[customer], s.T[customer], spend, Lifetimes);
        BgNbdCdnowTests.Near(expected, clv, 1e-7);
    }

    [Fact]
    public void Compute_Batch_EqualsOneCustomerAtATime()
    {
        var s = CdnowSummary.Value;
        var spend = new double[s.Count];
        GammaGammaTests.Model.ConditionalExpectedSpend(s.X, s.Zbar, spend);
        var clv = new double[s.Count];
        CustomerLifetimeValue.Compute(BgNbdCdnowTests.Model, s.Data, spend, Lifetimes, clv);
        for (int i = 0; i < s.Count; i += 37)
        {
            Assert.Equal(CustomerLifetimeValue.Compute(BgNbdCdnowTests.Model, s.X[i], s.Tx[i], s.T[i], spend[i], Lifetimes), clv[i], 1e-12);
        }
    }

    [Fact]
    public void Compute_BatchThroughTheInterfaceOnly_EqualsBgNbdFastPath()
    {
        var s = CdnowSummary.Value;
        var spend = Enumerable.Range(0, s.Count).Select(i => 10.0 + i % 7).ToArray();
        var (fast, generic) = (new double[s.Count], new double[s.Count]);
        CustomerLifetimeValue.Compute(BgNbdCdnowTests.Model, s.Data, spend, Lifetimes, fast);
        CustomerLifetimeValue.Compute(new Forwarding(BgNbdCdnowTests.Model), s.Data, spend, Lifetimes, generic);
        for (int i = 0; i < s.Count; i++) Assert.Equal(generic[i], fast[i], 1e-10);
    }

    /// <summary>Hides the concrete type so CLV takes the generic per-row path.</summary>
    private sealed class Forwarding(IRepeatPurchaseModel inner) : IRepeatPurchaseModel
    {
        public string Name => inner.Name;
        public IReadOnlyList<ParameterEstimate> Parameters => inner.Parameters;
        public double LogLikelihood => inner.LogLikelihood;
        public FitDiagnostics? Diagnostics => inner.Diagnostics;
        public double ProbabilityAlive(double x, double tx, double T) => inner.ProbabilityAlive(x, tx, T);
        public double ExpectedPurchases(double t) => inner.ExpectedPurchases(t);
        public double ConditionalExpectedPurchases(double t, double x, double tx, double T) => inner.ConditionalExpectedPurchases(t, x, tx, T);
        public double ProbabilityOfPurchases(int n, double t) => inner.ProbabilityOfPurchases(n, t);
        public double ProbabilityNoPurchase(double t, double x, double tx, double T) => inner.ProbabilityNoPurchase(t, x, tx, T);
        public double CustomerLogLikelihood(double x, double tx, double T) => inner.CustomerLogLikelihood(x, tx, T);
    }

    [Fact]
    public void Compute_HandComputedTwoMonths_MatchesFormula()
    {
        var model = BgNbdCdnowTests.Model;
        var options = new ClvOptions(MonthLength: 4, HorizonMonths: 2, MonthlyDiscountRate: 0.05, MarginRate: 0.3);
        double y1 = model.ConditionalExpectedPurchases(4, 3, 20, 30), y2 = model.ConditionalExpectedPurchases(8, 3, 20, 30);
        double expected = 0.3 * 50 * (y1 / 1.05 + (y2 - y1) / (1.05 * 1.05));
        Assert.Equal(expected, CustomerLifetimeValue.Compute(model, 3, 20, 30, 50, options), 1e-12);
    }

    [Fact]
    public void NewCustomer_NoDiscount_EqualsSpendTimesExpectedPurchases()
    {
        var model = BgNbdCdnowTests.Model;
        var options = ClvOptions.For(TimeUnit.Week) with { MonthlyDiscountRate = 0 };
        Assert.Equal(30.4375 / 7, options.MonthLength, 1e-15);
        double purchases = CustomerLifetimeValue.NewCustomerExpectedPurchases(model, options);
        Assert.Equal(model.ExpectedPurchases(12 * 30.4375 / 7), purchases, 1e-15);
        Assert.Equal(40 * purchases, CustomerLifetimeValue.NewCustomerValue(model, 40, options), 1e-12);
    }

    [Fact]
    public void Options_InvalidValues_ThrowNamingTheParameter()
    {
        Assert.Equal("MonthLength", Assert.Throws<ArgumentException>(() => new ClvOptions(0)).ParamName);
        Assert.Equal("HorizonMonths", Assert.Throws<ArgumentException>(() => new ClvOptions(4, HorizonMonths: 0)).ParamName);
        Assert.Equal("MonthlyDiscountRate", Assert.Throws<ArgumentException>(() => new ClvOptions(4, MonthlyDiscountRate: -0.1)).ParamName);
        Assert.Equal("MarginRate", Assert.Throws<ArgumentException>(() => new ClvOptions(4, MarginRate: double.NaN)).ParamName);
    }

    [Fact]
    public void Compute_SpendOfWrongLength_Throws()
    {
        var s = CdnowSummary.Value;
        var e = Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Compute(BgNbdCdnowTests.Model, s.Data, new double[5], Lifetimes, new double[5]));
        Assert.Equal("expectedSpend", e.ParamName);
    }
}
