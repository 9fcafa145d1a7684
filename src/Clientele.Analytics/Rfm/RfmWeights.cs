namespace Clientele.Analytics.Rfm;

/// <summary>
/// Weights of the composite score RFM = wR·R + wF·F + wM·M. The default weighs the three scores
/// equally (1/3 each), so the composite stays on the 1–5 scale of the scores; weights are used as
/// given, not normalized.
/// </summary>
public sealed record RfmWeights
{
    /// <summary>Creates weights; each must be finite and non-negative, and at least one positive.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or all are zero.</exception>
    public RfmWeights(double recency, double frequency, double monetary)
    {
        Check(recency, nameof(recency));
        Check(frequency, nameof(frequency));
        Check(monetary, nameof(monetary));
        if (recency + frequency + monetary == 0)
        {
            throw new ArgumentException("At least one RFM weight must be positive.", nameof(recency));
        }

        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>Equal weights of 1/3.</summary>
    public static RfmWeights Equal { get; } = new(1.0 / 3, 1.0 / 3, 1.0 / 3);

    /// <summary>wR, the weight of the recency score.</summary>
    public double Recency { get; }

    /// <summary>wF, the weight of the frequency score.</summary>
    public double Frequency { get; }

    /// <summary>wM, the weight of the monetary score.</summary>
    public double Monetary { get; }

    private static void Check(double weight, string name)
    {
        if (!(weight >= 0) || !double.IsFinite(weight))
        {
            throw new ArgumentException($"The {name} weight must be a finite number ≥ 0, got {weight}.", name);
        }
    }
}
