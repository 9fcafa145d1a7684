namespace Clientele.Domain.Entities;

/// <summary>The customer lifecycle stage an investment serves.</summary>
public enum LifecycleStage
{
    /// <summary>Winning new customers.</summary>
    Acquisition,

    /// <summary>Keeping existing customers.</summary>
    Retention,

    /// <summary>Growing existing customers.</summary>
    Expansion,
}
