using Clientele.Allocation.DecisionQuality;
using Clientele.Analytics.Models;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class PosteriorValuationTests
{
    private const double Margin = 0.3;

    // The default population without complaints and with spend independent of λ: the order values and complaints then
    // carry nothing about (λ, p, alive), so the posterior is BG/NBD's own (Fader, Hardie & Lee 2005).
    private static readonly SimulatedWorld Plain = new(ComplaintBaseRate: 0, ComplaintRiskRate: 0, SpendFrequencyElasticity: 0);

    private static readonly OptionEffect[] Effects =
        [new(0, 0), new(0.02 * 1.1, 0.01 * 0.9), new(0.25 * 1.2, 0.02 * 0.9), new(0.2, 0.1), new(0.6, 0.12)];

    private static ObservedHistory History(int x, double tx, double T, int complaints = 0, bool after = false) =>
        new(0, tx, x, 820.0 * (x + 1), [], [], [], complaints, after, T, tx);

    [Fact]
    public void Posterior_NoRepeatPurchase_AliveWithTheGammaAndBetaPriorsUpdatedByTheTiming()
    {
        // x = 0: no dead branch, so P(alive) = 1; λ | alive ~ Gamma(r, α + T): mean 2 / (6 + 50); p | alive = the prior, 1/61.
        var posterior = new PosteriorValuation(Plain, Effects, 0.3).Posterior(History(0, 0, 50));

        Assert.Equal(1, posterior.AliveProbability);
        Assert.Equal(2.0 / 56, posterior.MeanLambda, 1e-10);
        Assert.Equal(1.0 / 61, posterior.MeanP, 1e-10);
    }

    [Theory]
    [InlineData(2, 30, 50)]
    [InlineData(1, 5, 100)]
    [InlineData(10, 60, 130)]
    [InlineData(40, 110, 115)]
    [InlineData(25, 20, 150)]
    public void Posterior_NoComplaints_MatchesBgNbdClosedForms(int x, double tx, double T)
    {
        var posterior = new PosteriorValuation(Plain, Effects, 0.3).Posterior(History(x, tx, T));
        double closedForm = BgNbdModel.FromParameters(new BgNbdParameters(2, 6, 1, 60)).ProbabilityAlive(x, tx, T);

        Assert.Equal(closedForm, posterior.AliveProbability, 1e-9);
        // Given alive: λ ~ Gamma(r + x, α + T), p ~ Beta(a, b + x).
        Assert.Equal((2.0 + x) / (6 + T), posterior.MeanLambda, 1e-9);
        Assert.Equal(1.0 / (61 + x), posterior.MeanP, 1e-9);
    }

    [Fact]
    public void Posterior_HandComputedCase_PAliveFromTheTwoBranches()
    {
        // x = 2, t_x = 30, T = 50: P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) = 1 / (1 + (56/36)^4 / 61).
        var posterior = new PosteriorValuation(Plain, Effects, 0.3).Posterior(History(2, 30, 50));
        Assert.Equal(1 / (1 + Math.Pow(56.0 / 36, 4) / 61), posterior.AliveProbability, 1e-9);
        Assert.Equal(0.91241961, posterior.AliveProbability, 1e-8);
    }

    [Fact]
    public void Posterior_ComplaintAfterLastPurchase_AliveWithCertainty()
    {
        var world = new SimulatedWorld();
        var valuation = new PosteriorValuation(world, Effects, 0.3);
        // A long silence makes the same history unlikely to be alive; a complaint after t_x rules the dead branch out.
        Assert.True(valuation.Posterior(History(2, 10, 120, complaints: 1)).AliveProbability < 0.01);
        Assert.Equal(1, valuation.Posterior(History(2, 10, 120, complaints: 1, after: true)).AliveProbability);
    }

    [Fact]
    public void Posterior_Complaints_DropOutPosteriorMatchesDirectIntegration()
    {
        // x = 0, two complaints over 100 weeks: p | alive ∝ Beta(1, 60) · κ(p)² e^(−κ(p) · 100), κ(p) = (0.05 + 0.15 · 61 p) / 52.18 a week.
        var world = new SimulatedWorld(SpendFrequencyElasticity: 0);
        var posterior = new PosteriorValuation(world, Effects, 0.3).Posterior(History(0, 0, 100, complaints: 2, after: true));
        double perWeek = 7 / 365.25, mass = 0, moment = 0;
        const int steps = 400_000;
        for (int s = 0; s <= steps; s++)
        {
            double p = s / (double)steps, kappa = (0.05 + 0.15 * 61 * p) * perWeek;
            double density = Math.Pow(1 - p, 59) * kappa * kappa * Math.Exp(-kappa * 100) * (s == 0 || s == steps ? 0.5 : 1);
            mass += density;
            moment += density * p;
        }

        Assert.Equal(moment / mass, posterior.MeanP, 1e-8);
        Assert.True(posterior.MeanP > 1.5 / 61, $"complaints raise the drop-out posterior: {posterior.MeanP}");
    }

    [Fact]
    public void ExpectedMargins_SinglePointPosterior_IsTheInformedValue()
    {
        var valuation = new PosteriorValuation(new SimulatedWorld(), Effects, 0.3);
        var point = new CustomerPosterior(1, [0.3], [1], [900], [0.03], [1]);
        var margins = valuation.ExpectedMargins(point, Margin);
        for (int j = 0; j < Effects.Length; j++)
        {
            double informed = InformedValuation.ExpectedMargin(0.3, 0.03, 900, Margin, Effects[j].Spend, InformedValuation.RetentionRule(Effects[j].Retention, 0.3));
            Assert.Equal(informed, margins[j], 1e-9 * informed);
        }
    }

    [Fact]
    public void HazardTable_AgreesWithTheDirectSum()
    {
        var table = new HazardTable(InformedValuation.RetentionRule(0.3, 0.3));
        foreach (double h in new[] { 0, 1e-7, 3e-4, 0.004, 0.0137, 0.05, 0.31, 2.7, 44.0, 80 })
        {
            double exact = table.Exact(h).Value;
            Assert.Equal(exact, table.Value(h), 1e-11 * exact);
        }
    }

    [Fact]
    public void Posterior_DoubledQuadratureOrders_SameMargins()
    {
        var world = new SimulatedWorld();
        var coarse = new PosteriorValuation(world, Effects, 0.3);
        var fine = new PosteriorValuation(world, Effects, 0.3, 128, 128, 96);
        var histories = new[]
        {
            History(0, 0, 60), History(3, 40, 100, complaints: 1), History(60, 140, 150, complaints: 2, after: true),
            // A treated year: 15 purchases under option 4 (ρ̄ = 0.6), the last one there, spend lifted.
            new ObservedHistory(0, 200, 40, 41 * 800, [15], [15 * 900], [4], 1, false, 208, 200),
        };
        foreach (var history in histories)
        {
            var a = coarse.ExpectedMargins(coarse.Posterior(history), Margin);
            var b = fine.ExpectedMargins(fine.Posterior(history), Margin);
            for (int j = 0; j < a.Length; j++) Assert.Equal(b[j], a[j], 1e-5 * Math.Abs(b[j]) + 1e-9);
        }
    }

    [Fact]
    public void Posterior_DegeneratePrior_ReproducesTheInformedValue()
    {
        // λ ~ Gamma(10⁸, 10⁸/0.3), p ~ Beta(0.03 · 10⁸, 0.97 · 10⁸), μ = 20 + Gamma(2, 10⁻⁶) · … ≈ 20: the posterior is a point.
        var world = new SimulatedWorld(R: 1e8, Alpha: 1e8 / 0.3, A: 3e6, B: 9.7e7, SpendScale: 1e-6, SpendFrequencyElasticity: 0, ComplaintBaseRate: 0, ComplaintRiskRate: 0);
        var valuation = new PosteriorValuation(world, Effects, 0.3);
        var margins = valuation.ExpectedMargins(valuation.Posterior(new ObservedHistory(0, 0, 0, 20, [], [], [], 0, false, 50, 0)), Margin);
        for (int j = 0; j < Effects.Length; j++)
        {
            double informed = InformedValuation.ExpectedMargin(0.3, 0.03, 20, Margin, Effects[j].Spend, InformedValuation.RetentionRule(Effects[j].Retention, 0.3));
            Assert.Equal(informed, margins[j], 1e-6 * informed);
        }
    }
}
