using Clientele.Analytics.Models;
using Clientele.Analytics.Rfm;

namespace Clientele.Analytics.Scoring;

/// <summary>How to score customers.</summary>
/// <param name="HorizonMonths">CLV horizon H in months.</param>
/// <param name="MonthlyDiscountRate">Discount rate d per month.</param>
/// <param name="MarginRate">Share of revenue that is margin (1.0 = CLV in revenue terms).</param>
/// <param name="Model">The repeat-purchase model.</param>
/// <param name="Weights">RFM composite weights; null = equal weights.</param>
/// <param name="Segmentation">RFM segment scheme; null = the default eleven segments.</param>
/// <param name="Fit">Fitting options (penalizer, start values) for both models.</param>
public sealed record ScoringOptions(
    int HorizonMonths = 12,
    double MonthlyDiscountRate = 0.01,
    double MarginRate = 1.0,
    PurchaseModelKind Model = PurchaseModelKind.BgNbd,
    RfmWeights? Weights = null,
    IRfmSegmentation? Segmentation = null,
    FitOptions? Fit = null)
{
    /// <summary>The defaults: 12 months, 1% per month, CLV in revenue, BG/NBD, equal RFM weights.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Checks the ranges; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public void Validate()
    {
        if (HorizonMonths is < 1 or > 1200) throw new ArgumentException($"The CLV horizon must be 1 to 1200 months, got {HorizonMonths}.", nameof(HorizonMonths));
        if (!(MonthlyDiscountRate >= 0) || MonthlyDiscountRate >= 1) throw new ArgumentException($"The monthly discount rate must be in [0, 1), got {MonthlyDiscountRate}.", nameof(MonthlyDiscountRate));
        if (!(MarginRate > 0) || MarginRate > 1) throw new ArgumentException($"The margin rate must be in (0, 1], got {MarginRate}.", nameof(MarginRate));
    }
}
