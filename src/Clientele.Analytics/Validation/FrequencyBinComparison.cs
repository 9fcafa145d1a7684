namespace Clientele.Analytics.Validation;

/// <summary>Actual vs expected mean holdout purchases by calibration frequency.</summary>
/// <param name="HoldoutLength">The holdout length in the summary's unit.</param>
/// <param name="Bins">Bins x = 0, 1, …, maxBin − 1 and the open bin maxBin+.</param>
/// <param name="MeanAbsoluteError">Mean of |actual − expected| over the non-empty bins (each bin weighs the same).</param>
public sealed record FrequencyBinComparison(double HoldoutLength, IReadOnlyList<FrequencyBin> Bins, double MeanAbsoluteError);
