namespace Clientele.Domain.Entities;

/// <summary>The cost categories of the investment ledger (spec §1).</summary>
public enum CostCategory
{
    /// <summary>People: sales, account managers, service staff.</summary>
    People,

    /// <summary>Technology.</summary>
    Technology,

    /// <summary>Marketing and promotion.</summary>
    MarketingPromotion,

    /// <summary>Data work.</summary>
    Data,

    /// <summary>Process.</summary>
    Process,

    /// <summary>Customer service and care.</summary>
    CustomerService,

    /// <summary>Channel and partner (dealer) support.</summary>
    ChannelPartner,

    /// <summary>Anything else.</summary>
    Other,
}
