namespace Clientele.Analytics.Validation;

/// <summary>
/// One calibration-frequency bin of the holdout comparison (Fader, Hardie &amp; Lee 2005, Figure 3):
/// customers with calibration x = <see cref="Frequency"/> (or more, for the last bin).
/// </summary>
/// <param name="Frequency">The calibration x of the bin; the lowest x when <paramref name="OrMore"/>.</param>
/// <param name="OrMore">True for the open-ended last bin (x ≥ Frequency).</param>
/// <param name="Customers">Customers in the bin.</param>
/// <param name="ActualMean">Mean holdout purchases x* in the bin; NaN for an empty bin.</param>
/// <param name="ExpectedMean">Mean of the model's E[Y(holdout) | x, t_x, T] in the bin; NaN for an empty bin.</param>
public sealed record FrequencyBin(int Frequency, bool OrMore, int Customers, double ActualMean, double ExpectedMean)
{
    /// <summary>|actual − expected| (NaN for an empty bin).</summary>
    public double AbsoluteError => Math.Abs(ActualMean - ExpectedMean);

    /// <summary>The bin label, e.g. "3" or "7+".</summary>
    public string Label => OrMore ? $"{Frequency}+" : Frequency.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
