namespace Clientele.Storage.Database;

/// <summary>What <see cref="ClienteleStore.ReadPurchases"/> streamed into a customer summary accumulator.</summary>
/// <param name="Rows">Transaction rows read (including any dated after the accumulator's observation end).</param>
/// <param name="CustomerIds">The external id of every dense customer index the rows used (every stored customer, in key order).</param>
public sealed record StoredPurchases(long Rows, IReadOnlyList<string> CustomerIds);
