namespace Clientele.Allocation.Policies;

/// <summary>What kind of action an option of the catalogue is.</summary>
public enum OptionKind
{
    /// <summary>A care greeting (card, message).</summary>
    Greeting,

    /// <summary>A care gift.</summary>
    Gift,

    /// <summary>A care trip or event invitation.</summary>
    Trip,

    /// <summary>Account-manager visits; the option's units are the visits in the period.</summary>
    AccountManagerVisits,

    /// <summary>A retention offer (discount, free service) to a customer at risk.</summary>
    RetentionOffer,

    /// <summary>Support for the dealer that serves the customer.</summary>
    DealerSupport,

    /// <summary>Anything else.</summary>
    Other,
}
