namespace Clientele.Analytics.Simulation;

/// <summary>A customer's true value tier in the demo company (by true expected margin, spec §3 default cut 5% / 15% / 80%).</summary>
public enum TrueValueTier
{
    /// <summary>Top 5% of customers by true expected margin.</summary>
    Gold,

    /// <summary>The next 15%.</summary>
    Silver,

    /// <summary>The remaining 80%.</summary>
    Standard,
}
