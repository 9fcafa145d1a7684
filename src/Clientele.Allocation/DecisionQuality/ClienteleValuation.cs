using Clientele.Analytics.Models;
using Clientele.Analytics.Scoring;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// What Clientele knows about each customer of a simulated company when it values the options: CLV (BG/NBD +
/// Gamma-Gamma, 12 months, 1% a month, the margin) and S, the survival over the horizon given alive
/// (<see cref="OptionValuation.SurvivalGivenAlive"/>); with <see cref="DecisionQualityOptions.HazardSignal"/>, both
/// adjusted by the complaint hazard ratio measured in the history (<see cref="HazardSignal"/>).
/// </summary>
internal static class ClienteleValuation
{
    public sealed record Values(double[] Clv, double[] Survival, double? HazardRatio);

    public static Values Value(SimulatedCompany company, DecisionQualityOptions options, ScoringOptions scoring)
    {
        int n = company.Count;
        var summaries = company.Summaries;
        var data = summaries.ToRepeatPurchaseData();
        var rfm = CustomerScoring.ScoreRfm(summaries, scoring);
        var purchase = (BgNbdModel)CustomerScoring.FitPurchaseModel(data, scoring);
        var spend = CustomerScoring.FitSpendModel(summaries, scoring);
        var scores = CustomerScoring.Predict(summaries, data, rfm, purchase, spend, scoring);
        var signal = options.HazardSignal ? HazardSignal.Measure(company) : null;
        var clv = new double[n];
        var survival = new double[n];
        var modelClv = scores.Clv.Span;
        for (int i = 0; i < n; i++)
        {
            var input = new OptionValuationInput(modelClv[i], OptionValuation.SurvivalGivenAlive(purchase.Values, summaries.Frequency[i], summaries.T[i], NextYear.HorizonWeeks));
            if (signal is not null) input = OptionValuation.WithHazardMultiplier(input, signal.Multiplier[i]);
            clv[i] = input.Clv;
            survival[i] = input.SurvivalGivenAlive;
        }

        return new Values(clv, survival, signal?.HazardRatio);
    }
}
