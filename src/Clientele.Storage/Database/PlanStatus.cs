namespace Clientele.Storage.Database;

/// <summary>Where a stored allocation plan stands in the plan-versus-actual loop.</summary>
public enum PlanStatus
{
    /// <summary>Proposed, not yet approved (what <c>clientele evaluate --propose</c> stores).</summary>
    Draft,

    /// <summary>Approved: spend is booked against its items and it is evaluated.</summary>
    Active,

    /// <summary>A draft replaced by a later proposal from the same plan.</summary>
    Superseded,
}
