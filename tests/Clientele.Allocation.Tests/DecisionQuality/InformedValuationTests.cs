using Clientele.Allocation.DecisionQuality;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class InformedValuationTests
{
    private const double Margin = 0.3;

    // One customer: λ = 0.3 a week, p = 0.03, μ = 900; an option with population effect ρ_k b_k = 0.25 · 1.2 and
    // σ_k b′_k = 0.02 · 0.9. Reference values computed with mpmath (30 digits) from
    // m · (1 + σ̄) μ · E_m[D(λ, (1 − min(0.95, ρ̄ m))p)] − m μ D(λ, p), D(λ, q) = λ(1 − e^(−(λq + δ)H))/(λq + δ),
    // δ = 12 ln 1.01 / (365.25/7) a week, H = 365.25/7 weeks, m log-normal with mean one and log-σ √1.25 · h.
    private const double Lambda = 0.3, P = 0.03, Mean = 900, Retention = 0.25 * 1.2, Spend = 0.02 * 0.9;
    private const double NoActionMargin = 3194.0006194019966473;

    [Theory]
    [InlineData(0.0, 273.7104219606309606)]
    [InlineData(0.3, 274.92978166736012976)]
    public void ExpectedMargin_OneCustomer_MatchesHandComputedGain(double heterogeneity, double gain)
    {
        var rule = InformedValuation.RetentionRule(Retention, heterogeneity);
        double value = InformedValuation.ExpectedMargin(Lambda, P, Mean, Margin, Spend, rule);
        double none = InformedValuation.ExpectedMargin(Lambda, P, Mean, Margin, 0, InformedValuation.RetentionRule(0, heterogeneity));
        Assert.Equal(NoActionMargin, none, 1e-9);
        Assert.Equal(gain, value - none, 1e-9);
    }

    [Fact]
    public void ExpectedMargin_CapBinds_MatchesHandComputedGain()
    {
        // A high-risk account (p = 0.2) and a strong option (ρ̄ = 0.9) with h = 0.6: a third of the mass sits at the cap.
        const double lambda = 0.5, p = 0.2, mean = 1500;
        var rule = InformedValuation.RetentionRule(0.9, 0.6);
        double value = InformedValuation.ExpectedMargin(lambda, p, mean, Margin, 0.15, rule);
        double none = InformedValuation.ExpectedMargin(lambda, p, mean, Margin, 0, InformedValuation.RetentionRule(0, 0.6));
        Assert.Equal(5249.0250414494793851, value - none, 1e-8);
    }

    [Fact]
    public void ExpectedMargin_HeterogeneityPointThree_AgreesWithMonteCarloOverTheGeneratorsDraws()
    {
        // Brute force: draw u, ε (retention) and v, ε′ (spend) as the generator does — log-normal, mean one, log-σ h
        // and h/2 — and average the true expected margin; the quadrature must sit within 4 standard errors.
        const double h = 0.3;
        var random = new Random(12345);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double LogNormal(double sigma) => Math.Exp(sigma * Normal() - 0.5 * sigma * sigma);
        const int draws = 400_000;
        double sum = 0, sumSquares = 0;
        for (int d = 0; d < draws; d++)
        {
            double rho = Math.Min(0.95, Retention * LogNormal(h) * LogNormal(h / 2));
            double sigma = Spend * LogNormal(h) * LogNormal(h / 2);
            double margin = Margin * (1 + sigma) * Mean * NextYear.DiscountedPurchases(Lambda, P, rho);
            sum += margin;
            sumSquares += margin * margin;
        }

        double mean = sum / draws, standardError = Math.Sqrt((sumSquares / draws - mean * mean) / draws);
        double informed = InformedValuation.ExpectedMargin(Lambda, P, Mean, Margin, Spend, InformedValuation.RetentionRule(Retention, h));
        Assert.True(Math.Abs(informed - mean) <= 4 * standardError, $"quadrature {informed:F4} vs Monte Carlo {mean:F4} ± {standardError:F4}");
        Assert.True(standardError < 0.5, $"the check is too loose: standard error {standardError:F3}");
    }

    [Fact]
    public void Gains_NoResponseHeterogeneity_EqualTheOraclesTruthExactly()
    {
        var options = new DecisionQualityOptions(300, 11, ResponseHeterogeneity: 0);
        var company = SimulatedCompanyGenerator.Generate(options, options.Seed, CareCatalogue.Default);
        var gains = InformedValuation.Gains(company, Margin);
        int k = company.Options.Count, alive = 0;
        for (int i = 0; i < company.Count; i++)
        {
            alive += company.Alive[i] ? 1 : 0;
            double baseline = NextYear.ExpectedMargin(company, i, 0, Margin);
            for (int j = 0; j < k; j++) Assert.Equal(NextYear.ExpectedMargin(company, i, j, Margin) - baseline, gains[i * k + j]);
        }

        Assert.InRange(alive, 100, 299);
    }

    [Fact]
    public void Gains_DefaultHeterogeneity_AverageTheTruthOverCustomers()
    {
        // Across many customers the realized responses average out: the informed gains and the true gains of a
        // large company agree in total within a few percent per option, while differing customer by customer.
        var options = new DecisionQualityOptions(20_000, 3);
        var company = SimulatedCompanyGenerator.Generate(options, options.Seed, CareCatalogue.Default);
        var gains = InformedValuation.Gains(company, Margin);
        int k = company.Options.Count;
        for (int j = 1; j < k; j++)
        {
            double informed = 0, truth = 0, differs = 0;
            for (int i = 0; i < company.Count; i++)
            {
                double t = NextYear.ExpectedMargin(company, i, j, Margin) - NextYear.ExpectedMargin(company, i, 0, Margin);
                informed += gains[i * k + j];
                truth += t;
                differs += Math.Abs(gains[i * k + j] - t);
            }

            Assert.True(Math.Abs(informed - truth) <= 0.03 * truth, $"{company.Options[j].Id}: informed {informed:N0} vs truth {truth:N0}");
            Assert.True(differs > 0.1 * truth, $"{company.Options[j].Id}: customer-level differences {differs:N0} too small");
        }
    }

    [Fact]
    public void Gains_DeadCustomer_Zero()
    {
        var options = new DecisionQualityOptions(300, 11);
        var company = SimulatedCompanyGenerator.Generate(options, options.Seed, CareCatalogue.Default);
        var gains = InformedValuation.Gains(company, Margin);
        int dead = Array.IndexOf(company.Alive, false), k = company.Options.Count;
        Assert.True(dead >= 0);
        for (int j = 0; j < k; j++) Assert.Equal(0, gains[dead * k + j]);
    }
}
