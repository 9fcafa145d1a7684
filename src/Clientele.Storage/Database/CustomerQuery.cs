namespace Clientele.Storage.Database;

/// <summary>
/// One page of a customer listing with optional search and filters; the segment, tier and value columns come from
/// one analysis run. Every filter given must hold (AND).
/// </summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Customers per page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Search">
/// A prefix of the customer id (case-sensitive) or of the name (case-insensitive for ASCII letters); both are
/// looked up through indexes. Null or empty for no search.
/// </param>
/// <param name="Segment">Only customers of this RFM segment in the run.</param>
/// <param name="Tier">Only customers of this value tier in the run.</param>
/// <param name="DealerId">Only customers served by this dealer.</param>
/// <param name="Region">Only customers of this region.</param>
/// <param name="Order">The order of the listing.</param>
public sealed record CustomerQuery(
    int Page = 1,
    int PageSize = 50,
    string? Search = null,
    string? Segment = null,
    ValueTier? Tier = null,
    string? DealerId = null,
    string? Region = null,
    CustomerOrder Order = CustomerOrder.Stored)
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The longest search text accepted.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Checks the ranges; throws <see cref="ArgumentException"/> whose parameter name is the property at fault.</summary>
    public void Validate()
    {
        if (Page < 1) throw new ArgumentException($"The page must be 1 or more, got {Page}.", nameof(Page));
        if (PageSize is < 1 or > MaxPageSize) throw new ArgumentException($"The page size must be 1 to {MaxPageSize}, got {PageSize}.", nameof(PageSize));
        if (Search is { Length: > MaxSearchLength }) throw new ArgumentException($"The search text must be at most {MaxSearchLength} characters.", nameof(Search));
        if ((long)Page * PageSize > int.MaxValue) throw new ArgumentException("The page is beyond any store's size.", nameof(Page));
    }
}
