using Clientele.Analytics.Models;
using Clientele.Analytics.Simulation;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Models;

/// <summary>
/// Large fits start from the fit of a thinned sample (and its inverse Hessian). That must change only the
/// work, never the answer: the optimum equals the one reached from the default start.
/// </summary>
public sealed class WarmStartTests
{
    private static readonly Lazy<CustomerSummaries> Summaries = new(() =>
    {
        var options = new SyntheticLogOptions(Customers: 120_000, Seed: 11);
        return CustomerSummaryBuilder.FromTransactions(SyntheticTransactionLog.Generate(options), new SummaryPeriod(options.EndDate, TimeUnit.Day));
    });

    [Fact]
    public void BgNbdFit_LargeData_WarmStartReachesTheSameOptimumInFewerEvaluations()
    {
        var data = Summaries.Value.ToRepeatPurchaseData();
        Assert.True(data.Count > RepeatPurchaseData.WarmStartThreshold, $"only {data.Count} distinct rows");

        var warm = BgNbd.Fit(data);
        var cold = BgNbd.Fit(data, new FitOptions(InitialValues: [1.0, data.MaxAge, 1.0, 1.0]));

        var (w, c) = (warm.Values.ToArray(), cold.Values.ToArray());
        for (int i = 0; i < 4; i++) Assert.Equal(1.0, w[i] / c[i], 5);
        Assert.Equal(cold.LogLikelihood, warm.LogLikelihood, 4);
        Assert.True(warm.Diagnostics!.FunctionEvaluations < cold.Diagnostics!.FunctionEvaluations,
            $"warm {warm.Diagnostics.FunctionEvaluations} vs cold {cold.Diagnostics.FunctionEvaluations} evaluations");
    }

    [Fact]
    public void ParetoNbdFit_LargeData_WarmStartReachesTheSameOptimumInFewerEvaluations()
    {
        var data = Summaries.Value.ToRepeatPurchaseData();

        var warm = ParetoNbd.Fit(data);
        var cold = ParetoNbd.Fit(data, new FitOptions(InitialValues: [1.0, data.MaxAge, 1.0, data.MaxAge]));

        var (w, c) = (warm.Values.ToArray(), cold.Values.ToArray());
        for (int i = 0; i < 4; i++) Assert.Equal(1.0, w[i] / c[i], 4);
        Assert.Equal(cold.LogLikelihood, warm.LogLikelihood, 3);
        Assert.True(warm.Diagnostics!.FunctionEvaluations < cold.Diagnostics!.FunctionEvaluations,
            $"warm {warm.Diagnostics.FunctionEvaluations} vs cold {cold.Diagnostics.FunctionEvaluations} evaluations");
    }

    [Fact]
    public void GammaGammaFit_LargeData_WarmStartReachesTheSameOptimumInFewerEvaluations()
    {
        var s = Summaries.Value;
        var warm = GammaGamma.Fit(s.Frequency, s.MonetaryValue);
        Assert.True(warm.Diagnostics!.DistinctRows > RepeatPurchaseData.WarmStartThreshold, $"only {warm.Diagnostics.DistinctRows} distinct rows");
        var cold = GammaGamma.Fit(s.Frequency, s.MonetaryValue, new FitOptions(InitialValues: [1.0, 1.0, 50.0]));

        var (w, c) = (warm.Values.ToArray(), cold.Values.ToArray());
        for (int i = 0; i < 3; i++) Assert.Equal(1.0, w[i] / c[i], 5);
        Assert.Equal(cold.LogLikelihood, warm.LogLikelihood, 4);
        Assert.True(warm.Diagnostics.FunctionEvaluations < cold.Diagnostics!.FunctionEvaluations,
            $"warm {warm.Diagnostics.FunctionEvaluations} vs cold {cold.Diagnostics.FunctionEvaluations} evaluations");
    }
}
