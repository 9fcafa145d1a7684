namespace Clientele.Domain.Entities;

/// <summary>What kind of contact an interaction was.</summary>
public enum InteractionKind
{
    /// <summary>A visit by staff.</summary>
    Visit,

    /// <summary>A phone or video call.</summary>
    Call,

    /// <summary>A service request from the customer.</summary>
    ServiceRequest,

    /// <summary>A complaint.</summary>
    Complaint,

    /// <summary>Care program: a gift (e.g. holiday gifts).</summary>
    CareGift,

    /// <summary>Care program: a trip (e.g. an annual trip for gold customers).</summary>
    CareTrip,

    /// <summary>Care program: a greeting card or message.</summary>
    CareGreeting,

    /// <summary>Training given to the customer.</summary>
    Training,

    /// <summary>A marketing campaign touch.</summary>
    CampaignTouch,

    /// <summary>Anything else.</summary>
    Other,
}
