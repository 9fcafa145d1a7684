namespace Clientele.Allocation.Policies;

/// <summary>How a tier is served.</summary>
public enum ServiceLevel
{
    /// <summary>A dedicated account manager.</summary>
    DedicatedAccountManager,

    /// <summary>The standard service team.</summary>
    Standard,

    /// <summary>Self-service (web shop, portal), no personal contact.</summary>
    SelfService,
}
