namespace Clientele.Storage.Import;

/// <summary>
/// One input row after splitting: the values of the entity's fields (by field slot, null when absent or empty),
/// the extra <c>attr_*</c> / <c>dim_*</c> columns, or the reason it could not be split.
/// </summary>
internal sealed class SourceRecord
{
    public SourceRecord(int slots) => Values = new string?[slots];

    /// <summary>1-based line where the row starts.</summary>
    public long Line { get; set; }

    public string?[] Values { get; }

    public List<(string Name, string Value)> Extras { get; } = [];

    /// <summary>The field at fault when the row could not be split (null = the whole row).</summary>
    public string? ErrorField { get; set; }

    /// <summary>Why the row could not be split; null when it was.</summary>
    public string? Error { get; set; }

    /// <summary>The row's raw bytes (for the reject file), valid until the next record is read.</summary>
    public ReadOnlyMemory<byte> Raw { get; set; }

    public void Clear()
    {
        Array.Clear(Values);
        Extras.Clear();
        ErrorField = null;
        Error = null;
    }
}
