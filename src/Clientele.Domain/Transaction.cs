namespace Clientele.Domain;

/// <summary>
/// One purchase (or, with a negative amount, a return) by a customer on a day.
/// </summary>
/// <param name="CustomerId">The customer's stable external id.</param>
/// <param name="Date">The purchase day.</param>
/// <param name="Amount">Revenue in the company's currency; negative for a return.</param>
public readonly record struct Transaction(string CustomerId, DateOnly Date, decimal Amount);
