namespace Clientele.Analytics.Rfm;

/// <summary>
/// One named box in R × F × M score space: a customer matches when each score lies in its inclusive
/// range and the average (F + M)/2 lies in [<see cref="FmMin"/>, <see cref="FmMax"/>] (the common
/// segment map is drawn on R against that average).
/// </summary>
public sealed record RfmSegmentRule
{
    /// <summary>Creates a rule; scores are 1–5 and each minimum must not exceed its maximum.</summary>
    /// <exception cref="ArgumentException">The name is blank, a bound is outside 1–5, or a minimum exceeds its maximum.</exception>
    public RfmSegmentRule(string name, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax, double fmMin = 1, double fmMax = 5)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A segment rule needs a name.", nameof(name));
        }

        CheckRange(rMin, rMax, nameof(rMin), nameof(rMax));
        CheckRange(fMin, fMax, nameof(fMin), nameof(fMax));
        CheckRange(mMin, mMax, nameof(mMin), nameof(mMax));
        if (!(fmMin >= 1 && fmMin <= 5))
        {
            throw new ArgumentException($"fmMin must be from 1 to 5, got {fmMin}.", nameof(fmMin));
        }

        if (!(fmMax >= fmMin && fmMax <= 5))
        {
            throw new ArgumentException($"fmMax must be from fmMin ({fmMin}) to 5, got {fmMax}.", nameof(fmMax));
        }

        Name = name;
        RMin = rMin;
        RMax = rMax;
        FMin = fMin;
        FMax = fMax;
        MMin = mMin;
        MMax = mMax;
        FmMin = fmMin;
        FmMax = fmMax;
    }

    /// <summary>The segment name.</summary>
    public string Name { get; }

    /// <summary>Lowest recency score, inclusive.</summary>
    public int RMin { get; }

    /// <summary>Highest recency score, inclusive.</summary>
    public int RMax { get; }

    /// <summary>Lowest frequency score, inclusive.</summary>
    public int FMin { get; }

    /// <summary>Highest frequency score, inclusive.</summary>
    public int FMax { get; }

    /// <summary>Lowest monetary score, inclusive.</summary>
    public int MMin { get; }

    /// <summary>Highest monetary score, inclusive.</summary>
    public int MMax { get; }

    /// <summary>Lowest (F + M)/2, inclusive.</summary>
    public double FmMin { get; }

    /// <summary>Highest (F + M)/2, inclusive.</summary>
    public double FmMax { get; }

    /// <summary>True when the scores fall inside every range of the rule.</summary>
    public bool Matches(int r, int f, int m)
    {
        double fm = (f + m) / 2.0;
        return r >= RMin && r <= RMax && f >= FMin && f <= FMax && m >= MMin && m <= MMax && fm >= FmMin && fm <= FmMax;
    }

    private static void CheckRange(int min, int max, string minName, string maxName)
    {
        if (min < 1 || min > 5)
        {
            throw new ArgumentException($"{minName} must be a score from 1 to 5, got {min}.", minName);
        }

        if (max < min || max > 5)
        {
            throw new ArgumentException($"{maxName} must be a score from {minName} ({min}) to 5, got {max}.", maxName);
        }
    }
}
