using System.Data.Common;

namespace Clientele.Storage.Database;

/// <summary>
/// Inserts rows of one entity with prepared commands, one row at a time: <c>INSERT … ON CONFLICT (external_id)
/// DO NOTHING RETURNING id</c> stores new rows, and for a row that was not stored, the stored row_hash tells
/// a duplicate (same content) from a conflict; no stored row means its customer is unknown.
/// </summary>
internal sealed class EntityInserter<T> : IDisposable
{
    private readonly EntityTable<T> table;
    private readonly SqlDialect dialect;
    private readonly DbCommand insert;
    private readonly DbParameter[] insertParameters;
    private readonly DbParameter? ownerParameter;
    private readonly DbCommand lookup;
    private readonly DbCommand? child;

    public EntityInserter(EntityTable<T> table, SqlDialect dialect, DbConnection connection, DbTransaction transaction)
    {
        this.table = table;
        this.dialect = dialect;
        var columns = new List<(string Name, ColumnType Type)> { ("external_id", ColumnType.Text), ("row_hash", ColumnType.Integer) };
        columns.AddRange(table.Columns);

        insert = Command(connection, transaction);
        insertParameters = columns.Select((c, i) => dialect.AddParameter(insert, "@p" + i, c.Type)).ToArray();
        var names = columns.Select(c => c.Name).ToList();
        var values = insertParameters.Select(p => p.ParameterName).ToList();
        if (table.Owner is null)
        {
            insert.CommandText = $"INSERT INTO {table.Table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)}) " +
                "ON CONFLICT (external_id) DO NOTHING RETURNING id";
        }
        else
        {
            // The customer's surrogate key comes from a join, so an unknown customer inserts nothing instead of
            // failing the foreign key (which in PostgreSQL would abort the whole transaction).
            ownerParameter = dialect.AddParameter(insert, "@owner", ColumnType.Text);
            insert.CommandText = $"INSERT INTO {table.Table} (customer_key, {string.Join(", ", names)}) " +
                $"SELECT c.id, {string.Join(", ", values)} FROM customers c WHERE c.external_id = @owner " +
                "ON CONFLICT (external_id) DO NOTHING RETURNING id";
        }

        lookup = Command(connection, transaction);
        lookup.CommandText = $"SELECT row_hash FROM {table.Table} WHERE external_id = @id";
        dialect.AddParameter(lookup, "@id", ColumnType.Text);

        if (table.Child is { } c)
        {
            child = Command(connection, transaction);
            child.CommandText = $"INSERT INTO {c.Table} ({c.KeyColumn}, {c.NameColumn.Name}, {c.ValueColumn.Name}) VALUES (@key, @name, @value)";
            dialect.AddParameter(child, "@key", ColumnType.Integer);
            dialect.AddParameter(child, "@name", c.NameColumn.Type);
            dialect.AddParameter(child, "@value", c.ValueColumn.Type);
        }
    }

    public InsertResult InsertAll(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        long inserted = 0, duplicates = 0, index = 0;
        var rejected = new List<RejectedRow>();
        foreach (var row in rows)
        {
            if (row is null) throw new ArgumentException($"Row {index} of the {table.Table} is null.", nameof(rows));
            string id = table.ExternalId(row);
            if (string.IsNullOrEmpty(id)) throw new ArgumentException($"Row {index} of the {table.Table} has no external id.", nameof(rows));
            long hash = table.Hash(row);
            switch (Insert(row, id, hash))
            {
                case Outcome.Inserted: inserted++; break;
                case Outcome.Duplicate: duplicates++; break;
                case Outcome.Conflict: rejected.Add(Reject(RejectReason.ConflictingContent, index, row, id)); break;
                default: rejected.Add(Reject(RejectReason.UnknownCustomer, index, row, id)); break;
            }

            index++;
        }

        return new InsertResult(inserted, duplicates, rejected);
    }

    private enum Outcome
    {
        Inserted,
        Duplicate,
        Conflict,
        UnknownCustomer,
    }

    private Outcome Insert(T row, string id, long hash)
    {
        insertParameters[0].Value = id;
        insertParameters[1].Value = hash;
        var values = table.Values(row);
        for (int i = 0; i < values.Length; i++)
        {
            var (name, type) = table.Columns[i];
            insertParameters[i + 2].Value = dialect.ToDb(type, values[i], name, id);
        }

        if (ownerParameter is not null) ownerParameter.Value = table.Owner!(row);
        if (insert.ExecuteScalar() is { } key and not DBNull)
        {
            if (child is not null) InsertChildren(row, id, Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture));
            return Outcome.Inserted;
        }

        lookup.Parameters[0].Value = id;
        return lookup.ExecuteScalar() switch
        {
            null or DBNull => Outcome.UnknownCustomer,
            var stored when Convert.ToInt64(stored, System.Globalization.CultureInfo.InvariantCulture) == hash => Outcome.Duplicate,
            _ => Outcome.Conflict,
        };
    }

    private void InsertChildren(T row, string id, long key)
    {
        var c = table.Child!;
        child!.Parameters[0].Value = key;
        foreach (var (name, value) in c.Rows(row))
        {
            child.Parameters[1].Value = dialect.ToDb(c.NameColumn.Type, name, c.NameColumn.Name, id);
            child.Parameters[2].Value = dialect.ToDb(c.ValueColumn.Type, value, c.ValueColumn.Name, id);
            child.ExecuteNonQuery();
        }
    }

    private RejectedRow Reject(RejectReason reason, long index, T row, string id) => new(index, id, reason, reason switch
    {
        RejectReason.UnknownCustomer => $"customer '{table.Owner!(row)}' is not in the store",
        _ => $"{table.Table} already has '{id}' with different content",
    });

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        insert.Dispose();
        lookup.Dispose();
        child?.Dispose();
    }
}
