namespace Clientele.Domain.Entities;

/// <summary>
/// A stored transaction (an order, or one line of an order) with everything spec §1 knows about it. The
/// analytics work on the lighter <see cref="Transaction"/> (customer, day, amount).
/// </summary>
/// <param name="Id">Stable external id, unique among transactions.</param>
/// <param name="CustomerId">The buying customer.</param>
/// <param name="Date">The purchase day.</param>
/// <param name="Amount">Revenue; negative for a return.</param>
/// <param name="Margin">Gross margin, when known; otherwise a configured margin rate applies.</param>
/// <param name="Quantity">Units; negative for a return.</param>
/// <param name="UnitPrice">Price per unit, for order lines.</param>
/// <param name="OrderId">The order this line belongs to, for order lines.</param>
/// <param name="Product">Product.</param>
/// <param name="Category">Product category.</param>
/// <param name="DealerId">The dealer that made the sale, if any.</param>
/// <param name="Channel">Sales channel.</param>
public sealed record TransactionRecord(
    string Id,
    string CustomerId,
    DateOnly Date,
    decimal Amount,
    decimal? Margin = null,
    decimal? Quantity = null,
    decimal? UnitPrice = null,
    string? OrderId = null,
    string? Product = null,
    string? Category = null,
    string? DealerId = null,
    string? Channel = null)
{
    /// <summary>The analytics view of this row.</summary>
    public Transaction ToTransaction() => new(CustomerId, Date, Amount);
}
