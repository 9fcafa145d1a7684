namespace Clientele.Storage.Database;

/// <summary>One page of customers.</summary>
/// <param name="Items">The customers of the page, in the query's order.</param>
/// <param name="Total">How many customers match the query over all pages.</param>
/// <param name="RunId">The analysis run whose results the page shows, or null when the store has none.</param>
public sealed record CustomerPage(IReadOnlyList<CustomerListItem> Items, long Total, string? RunId);
