using System.CommandLine;
using Clientele.Storage.Files;

namespace Clientele.Cli.Commands;

/// <summary>The options every command that reads a transaction log shares.</summary>
internal sealed class TransactionInputOptions
{
    public Option<FileInfo> Transactions { get; } = new("--transactions", "-t")
    {
        Description = "Transaction log: CSV, TSV or whitespace-separated, with or without a header.",
        Required = true,
    };

    public Option<string> CustomerColumn { get; } = new("--customer-col")
    {
        Description = "Customer id column: a header name or a 1-based position.",
        DefaultValueFactory = _ => "customer_id",
    };

    public Option<string> DateColumn { get; } = new("--date-col")
    {
        Description = "Purchase date column: a header name or a 1-based position.",
        DefaultValueFactory = _ => "date",
    };

    public Option<string> AmountColumn { get; } = new("--amount-col")
    {
        Description = "Amount column (name or 1-based position); 'none' if the log has no amounts.",
        DefaultValueFactory = _ => "amount",
    };

    public Option<string> Delimiter { get; } = new("--delimiter")
    {
        Description = "Field delimiter: auto, comma, tab, semicolon, pipe, whitespace, or the character itself.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string> Header { get; } = new("--header")
    {
        Description = "Whether the first line is a header: auto, yes or no.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string?> DateFormat { get; } = new("--date-format")
    {
        Description = "Date format such as yyyyMMdd or dd/MM/yyyy; default ISO 8601 (yyyy-MM-dd, a time part is ignored).",
    };

    public Option<string> DecimalSeparator { get; } = new("--decimal-separator")
    {
        Description = "Decimal separator of amounts: '.' or ','.",
        DefaultValueFactory = _ => ".",
    };

    public Option<FileInfo?> Rejects { get; } = new("--rejects")
    {
        Description = "Write bad rows (line, field, reason) to this CSV and go on; without it the first bad row stops the command.",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Transactions, CustomerColumn, DateColumn, AmountColumn, Delimiter, Header, DateFormat, DecimalSeparator, Rejects })
        {
            command.Options.Add(option);
        }
    }

    public TransactionFileFormat Format(ParseResult result)
    {
        var amount = result.GetValue(AmountColumn)!;
        return new TransactionFileFormat(
            ColumnSelector.Parse(result.GetValue(CustomerColumn)!),
            ColumnSelector.Parse(result.GetValue(DateColumn)!),
            amount.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : ColumnSelector.Parse(amount),
            ParseDelimiter(result.GetValue(Delimiter)!),
            result.GetValue(Header)!.ToLowerInvariant() switch
            {
                "auto" => HeaderMode.Auto,
                "yes" or "true" or "present" => HeaderMode.Present,
                "no" or "false" or "absent" => HeaderMode.Absent,
                var other => throw new UserInputException($"--header: '{other}' is not one of auto, yes, no"),
            },
            result.GetValue(DateFormat),
            result.GetValue(DecimalSeparator) switch
            {
                "." => '.',
                "," => ',',
                var other => throw new UserInputException($"--decimal-separator: '{other}' is not '.' or ','"),
            });
    }

    /// <summary>
    /// The log's size, for progress; a missing log is bad input (exit 2) named like the reader names it,
    /// not the <see cref="FileNotFoundException"/> (an I/O failure, exit 1) that <see cref="FileInfo.Length"/> throws.
    /// </summary>
    public static long LengthOf(string path) =>
        File.Exists(path) ? new FileInfo(path).Length : throw new InputFormatException(path, 0, null, "file not found");

    private static char? ParseDelimiter(string text) => text.ToLowerInvariant() switch
    {
        "auto" => null,
        "comma" or "," => ',',
        "tab" or "\\t" or "\t" => '\t',
        "semicolon" or ";" => ';',
        "pipe" or "|" => '|',
        "whitespace" or "space" or " " => TransactionFileFormat.Whitespace,
        { Length: 1 } single => single[0],
        _ => throw new UserInputException($"--delimiter: '{text}' is not auto, comma, tab, semicolon, pipe, whitespace or a single character"),
    };
}
