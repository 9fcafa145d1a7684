namespace Clientele.Storage.Import;

/// <summary>How to read an import file.</summary>
/// <param name="Map">Field → column renames (<c>--map customer_id=Kunde</c>); unmapped fields read the column of their own name.</param>
/// <param name="Delimiter">The field delimiter; null = detect from the header (tab, comma, semicolon or pipe, the most frequent).</param>
/// <param name="DateFormat">A .NET date format such as <c>dd.MM.yyyy</c>; null = ISO 8601 (<c>yyyy-MM-dd</c>, optionally with a time).</param>
/// <param name="DecimalSeparator">The decimal separator of numbers: '.' or ','.</param>
/// <param name="CreateCustomers">Create customers first seen in a transaction, interaction or survey file instead of rejecting the row.</param>
/// <param name="RejectsPath">The reject file; null = <c>FILE.rejects.csv</c> next to the input.</param>
/// <param name="JsonLines">Read JSON lines; null = by extension (<c>.jsonl</c>, <c>.ndjson</c>).</param>
/// <param name="ExclusiveFirstLoad">
/// A transactions import into an empty SQLite table may take the file for itself (a rollback journal instead of WAL,
/// <see cref="Database.ClienteleStore.BeginBulkLoad"/>): about three times faster, but other connections wait until it
/// commits. The CLI says yes (a load from the command line is a setup step); the web server does not (its other
/// requests, log-ins included, must go on).
/// </param>
public sealed record ImportOptions(
    IReadOnlyDictionary<string, string>? Map = null,
    char? Delimiter = null,
    string? DateFormat = null,
    char DecimalSeparator = '.',
    bool CreateCustomers = false,
    string? RejectsPath = null,
    bool? JsonLines = null,
    bool ExclusiveFirstLoad = false)
{
    /// <summary>The reject file used for <paramref name="input"/>.</summary>
    public string RejectsFor(string input) => RejectsPath ?? input + ".rejects.csv";
}
