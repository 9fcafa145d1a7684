using System.Globalization;

namespace Clientele.Storage.Files;

/// <summary>
/// How to read a transaction log: which columns hold the customer id, the date and the amount,
/// the delimiter, the header, the date format and the decimal separator.
/// </summary>
/// <param name="CustomerColumn">The customer id column.</param>
/// <param name="DateColumn">The purchase date column.</param>
/// <param name="AmountColumn">The amount column; null when the log has no amounts (every purchase counts 0).</param>
/// <param name="Delimiter">The field delimiter; null = detect from the first line (tab, comma, semicolon, pipe, else runs of whitespace).</param>
/// <param name="Header">Whether the first line is a header.</param>
/// <param name="DateFormat">A .NET date format such as <c>yyyyMMdd</c>; null = ISO 8601 (<c>yyyy-MM-dd</c>, optionally followed by a time).</param>
/// <param name="DecimalSeparator">The decimal separator of amounts ('.' or ',').</param>
public sealed record TransactionFileFormat(
    ColumnSelector CustomerColumn,
    ColumnSelector DateColumn,
    ColumnSelector? AmountColumn,
    char? Delimiter = null,
    HeaderMode Header = HeaderMode.Auto,
    string? DateFormat = null,
    char DecimalSeparator = '.')
{
    /// <summary>A delimiter value meaning "one or more spaces or tabs", as in the CDNOW files.</summary>
    public const char Whitespace = ' ';

    /// <summary>The usual export: columns <c>customer_id,date,amount</c> with a header.</summary>
    public static TransactionFileFormat Default { get; } = new(
        ColumnSelector.ByName("customer_id"), ColumnSelector.ByName("date"), ColumnSelector.ByName("amount"));

    /// <summary>The culture used for the slow path of amount parsing.</summary>
    internal NumberFormatInfo NumberFormat => DecimalSeparator == ','
        ? new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." }
        : NumberFormatInfo.InvariantInfo;
}
