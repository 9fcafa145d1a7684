namespace Clientele.Analytics.Validation;

/// <summary>Error of expected against actual repeat transactions over a run of periods.</summary>
/// <param name="Periods">The number of periods compared.</param>
/// <param name="MeanAbsoluteError">Mean of |actual − expected|; NaN when there are no periods.</param>
/// <param name="MeanAbsolutePercentageError">Mean of 100·|actual − expected| / actual over the periods with a non-zero actual; NaN when there are none.</param>
public sealed record TrackingErrors(int Periods, double MeanAbsoluteError, double MeanAbsolutePercentageError);
