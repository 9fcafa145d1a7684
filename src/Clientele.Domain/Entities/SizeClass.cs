namespace Clientele.Domain.Entities;

/// <summary>A customer's size class.</summary>
public enum SizeClass
{
    /// <summary>Large account.</summary>
    Large,

    /// <summary>Medium account.</summary>
    Medium,

    /// <summary>Small account.</summary>
    Small,
}
