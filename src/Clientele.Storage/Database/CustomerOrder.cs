namespace Clientele.Storage.Database;

/// <summary>The order of a customer listing.</summary>
public enum CustomerOrder
{
    /// <summary>By the order customers were stored in.</summary>
    Stored,

    /// <summary>By CLV in the latest analysis run, largest first (customers without a CLV last).</summary>
    ClvDescending,

    /// <summary>By name (customers without a name first), then stored order.</summary>
    Name,
}
