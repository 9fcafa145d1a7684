namespace Clientele.Storage.Database;

/// <summary>What a bulk insert did; rejected rows were passed to the caller's callback as they were found.</summary>
/// <param name="Inserted">Rows stored.</param>
/// <param name="Duplicates">Rows already stored with identical content, or repeated in the input.</param>
/// <param name="Rejected">Rows not stored (conflicting content, unknown customer).</param>
/// <param name="CustomersCreated">Customers created because a row named one the store did not have.</param>
public sealed record BulkInsertResult(long Inserted, long Duplicates, long Rejected, long CustomersCreated);
