namespace Clientele.Storage.Files;

/// <summary>What reading a transaction log produced.</summary>
/// <param name="RowsRead">Data rows read (blank lines and the header are not rows).</param>
/// <param name="RowsAccepted">Rows passed to the sink.</param>
/// <param name="RowsRejected">Rows written to the reject file.</param>
/// <param name="CustomerIds">Customer ids by dense index, as passed to the sink.</param>
/// <param name="HadHeader">Whether the first line was taken as a header.</param>
/// <param name="Delimiter">The delimiter used (<see cref="TransactionFileFormat.Whitespace"/> for runs of whitespace).</param>
public sealed record TransactionReadResult(
    long RowsRead,
    long RowsAccepted,
    long RowsRejected,
    IReadOnlyList<string> CustomerIds,
    bool HadHeader,
    char Delimiter);
