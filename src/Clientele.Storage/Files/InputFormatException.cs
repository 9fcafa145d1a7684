namespace Clientele.Storage.Files;

/// <summary>
/// Input that cannot be read. The message is one line naming the file, the line and the field,
/// e.g. <c>tx.csv:17: field 'date' (column 2): '2024-13-01' is not a date in format yyyy-MM-dd</c>.
/// </summary>
public sealed class InputFormatException : Exception
{
    /// <summary>Creates the exception for a problem at a line and field of a file.</summary>
    public InputFormatException(string file, long line, string? field, string reason)
        : base(Format(file, line, field, reason))
    {
        File = file;
        Line = line;
        Field = field;
        Reason = reason;
    }

    /// <summary>The file's path as the user gave it.</summary>
    public string File { get; }

    /// <summary>1-based line number; 0 when the problem is with the file as a whole.</summary>
    public long Line { get; }

    /// <summary>The field (column) at fault, or null for a whole-line problem.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Reason { get; }

    private static string Format(string file, long line, string? field, string reason)
    {
        var where = line > 0 ? $"{file}:{line}" : file;
        return field is null ? $"{where}: {reason}" : $"{where}: field '{field}': {reason}";
    }
}
