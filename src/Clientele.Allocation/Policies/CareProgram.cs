namespace Clientele.Allocation.Policies;

/// <summary>The care program a tier is eligible for.</summary>
public enum CareProgram
{
    /// <summary>No care program.</summary>
    None,

    /// <summary>Seasonal greetings.</summary>
    Greetings,

    /// <summary>Gifts.</summary>
    Gifts,

    /// <summary>An invitation to a trip or event.</summary>
    Trip,
}
