namespace Clientele.Storage.Import;

/// <summary>A streamed source of input rows (CSV/TSV or JSON lines), mapped to an entity's field slots.</summary>
internal interface IRecordSource : IDisposable
{
    /// <summary>Columns of the file that no field reads (reported, not an error).</summary>
    IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Whether rows carry their own id (an <c>id</c> column, or mapped one); otherwise ids are derived from content.</summary>
    bool HasIdColumn { get; }

    /// <summary>Fills <paramref name="record"/> with the next row; false at the end of the file.</summary>
    bool Next(SourceRecord record);
}
