namespace Clientele.Analytics.Dealers;

/// <summary>A metric of the dealer scorecard that enters the weighted score.</summary>
public enum ScorecardMetric
{
    /// <summary>Sales in the period.</summary>
    Sales,

    /// <summary>Growth of sales against the preceding period.</summary>
    Growth,

    /// <summary>Sales / region market size.</summary>
    MarketShare,

    /// <summary>Customers served.</summary>
    Customers,

    /// <summary>Mean satisfaction of its customers.</summary>
    Satisfaction,

    /// <summary>Complaints per customer served (lower is better).</summary>
    Complaints,

    /// <summary>Coverage of its region (the dealer's coverage field).</summary>
    Coverage,
}
