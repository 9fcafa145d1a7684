namespace Clientele.Storage.Database;

/// <summary>
/// How one entity type maps to its table: its columns (besides <c>id</c>, <c>external_id</c>, <c>row_hash</c>
/// and the owning <c>customer_key</c>), their values for a row, and an optional child table of key/value pairs.
/// </summary>
internal sealed class EntityTable<T>
{
    public required StoreEntity Entity { get; init; }

    public required (string Name, ColumnType Type)[] Columns { get; init; }

    public required Func<T, string> ExternalId { get; init; }

    public required Func<T, long> Hash { get; init; }

    /// <summary>The row's values in <see cref="Columns"/> order, as CLR values (string, int, decimal, DateOnly, null).</summary>
    public required Func<T, object?[]> Values { get; init; }

    /// <summary>The external id of the customer the row belongs to (stored as the foreign key customer_key), if it has one.</summary>
    public Func<T, string>? Owner { get; init; }

    public ChildTable<T>? Child { get; init; }

    public string Table => Entity.Table();
}

/// <summary>Key/value rows hanging off an entity row: customer attributes, survey dimension scores.</summary>
internal sealed class ChildTable<T>
{
    public required string Table { get; init; }

    public required string KeyColumn { get; init; }

    public required (string Name, ColumnType Type) NameColumn { get; init; }

    public required (string Name, ColumnType Type) ValueColumn { get; init; }

    public required Func<T, IEnumerable<(string Name, object? Value)>> Rows { get; init; }
}
