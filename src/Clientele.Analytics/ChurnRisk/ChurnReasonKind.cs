namespace Clientele.Analytics.ChurnRisk;

/// <summary>Which rule a churn reason comes from.</summary>
public enum ChurnReasonKind
{
    /// <summary>P(alive) fell since the previous analysis snapshot.</summary>
    ProbabilityAliveFell,

    /// <summary>P(alive) is low (and did not measurably fall, or there is no previous snapshot).</summary>
    ProbabilityAliveLow,

    /// <summary>The next purchase is clearly overdue against the customer's own rhythm.</summary>
    PurchaseOverdue,

    /// <summary>The latest satisfaction answer is lower than the one before.</summary>
    SatisfactionFell,

    /// <summary>Complaints not resolved by the as-of day.</summary>
    OpenComplaints,
}
