namespace Clientele.Storage.Database;

/// <summary>
/// What a batched insert did with its rows: every row is inserted, a duplicate (the same external id is
/// stored with identical content, so nothing changes), or rejected; the three add up to the rows given.
/// </summary>
/// <param name="Inserted">Rows stored.</param>
/// <param name="Duplicates">Rows already stored with identical content.</param>
/// <param name="Rejected">Rows not stored, with the reason.</param>
public sealed record InsertResult(long Inserted, long Duplicates, IReadOnlyList<RejectedRow> Rejected)
{
    /// <summary>All rows given: inserted + duplicates + rejected.</summary>
    public long Read => Inserted + Duplicates + Rejected.Count;
}
