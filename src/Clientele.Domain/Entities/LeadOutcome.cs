namespace Clientele.Domain.Entities;

/// <summary>Where a lead or opportunity stands.</summary>
public enum LeadOutcome
{
    /// <summary>Still open.</summary>
    Open,

    /// <summary>Won: the lead became (or bought as) a customer.</summary>
    Won,

    /// <summary>Lost.</summary>
    Lost,
}
