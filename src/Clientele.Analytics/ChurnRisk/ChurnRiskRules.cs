namespace Clientele.Analytics.ChurnRisk;

/// <summary>
/// When a churn warning states a reason (docs/metrics-risk.md, "Reasons"). The defaults are the documented rules.
/// </summary>
/// <param name="MinimumProbabilityDrop">P(alive) "fell" when previous − current ≥ this (absolute, default 0.10).</param>
/// <param name="LowProbabilityAlive">Without such a fall, P(alive) below this (default 0.5) is a reason by itself.</param>
/// <param name="MinimumRepeatPurchases">A rhythm needs at least this many repeat purchase days x, i.e. x gaps (default 2).</param>
/// <param name="OverdueCycles">Clearly overdue: days since the last purchase ≥ this many mean gaps (default 2, one whole cycle missed)…</param>
/// <param name="MinimumOverdueDays">…and days since − mean gap ≥ this many days (default 7), so weekly buyers are not flagged after a few days.</param>
/// <param name="MinimumSatisfactionDrop">Satisfaction "fell" when previous − latest ≥ this share of the scale (default 0.10, e.g. one point of 10).</param>
public sealed record ChurnRiskRules(
    double MinimumProbabilityDrop = 0.10,
    double LowProbabilityAlive = 0.5,
    int MinimumRepeatPurchases = 2,
    double OverdueCycles = 2.0,
    int MinimumOverdueDays = 7,
    double MinimumSatisfactionDrop = 0.10)
{
    /// <summary>The documented default rules.</summary>
    public static ChurnRiskRules Default { get; } = new();

    /// <summary>Throws when a threshold is out of range.</summary>
    /// <exception cref="ArgumentException">A threshold is negative, not finite, or a probability outside [0, 1].</exception>
    public void Validate()
    {
        if (!(MinimumProbabilityDrop is >= 0 and <= 1)) throw new ArgumentException("The minimum P(alive) drop must be between 0 and 1.", nameof(MinimumProbabilityDrop));
        if (!(LowProbabilityAlive is >= 0 and <= 1)) throw new ArgumentException("The low P(alive) threshold must be between 0 and 1.", nameof(LowProbabilityAlive));
        if (MinimumRepeatPurchases < 1) throw new ArgumentException("A purchase rhythm needs at least one repeat purchase.", nameof(MinimumRepeatPurchases));
        if (!(OverdueCycles >= 1) || double.IsInfinity(OverdueCycles)) throw new ArgumentException("Overdue cycles must be a finite number of at least 1.", nameof(OverdueCycles));
        if (MinimumOverdueDays < 0) throw new ArgumentException("The minimum overdue days must not be negative.", nameof(MinimumOverdueDays));
        if (!(MinimumSatisfactionDrop is >= 0 and <= 1)) throw new ArgumentException("The minimum satisfaction drop must be between 0 and 1.", nameof(MinimumSatisfactionDrop));
    }
}
