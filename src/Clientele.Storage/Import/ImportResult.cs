namespace Clientele.Storage.Import;

/// <summary>
/// What an import did. Every row read is accepted (stored), a duplicate (already stored with identical
/// content) or rejected (written to <see cref="RejectsPath"/> with its line, field and reason):
/// <c>Accepted + Rejected + Duplicates = Read</c>.
/// </summary>
/// <param name="Read">Rows read (blank lines and the header are not rows).</param>
/// <param name="Accepted">Rows stored.</param>
/// <param name="Rejected">Rows written to the reject file.</param>
/// <param name="Duplicates">Rows already stored with identical content (or repeated in the file).</param>
/// <param name="CustomersCreated">Customers created for rows of unknown customers (with <see cref="ImportOptions.CreateCustomers"/>).</param>
/// <param name="RejectsPath">The reject file, or null when no row was rejected (no file is written then).</param>
/// <param name="IgnoredColumns">Columns no field reads.</param>
public sealed record ImportResult(
    long Read,
    long Accepted,
    long Rejected,
    long Duplicates,
    long CustomersCreated,
    string? RejectsPath,
    IReadOnlyList<string> IgnoredColumns);
