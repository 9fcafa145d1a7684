using System.Data.Common;
using System.Globalization;

namespace Clientele.Storage.Database;

/// <summary>Export of an entity's rows as CSV in the import format.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// Writes every row of <paramref name="entity"/> as CSV with the import's default column names (<c>id</c>,
    /// <c>customer_id</c>, then the entity's fields), so an export imports back unchanged. Customer attributes and
    /// survey dimension scores become <c>attr_NAME</c> / <c>dim_NAME</c> columns (empty where a row has none).
    /// Decimals are written with '.' and without trailing zeros, dates as yyyy-MM-dd. Streams: memory stays flat.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    public long ExportCsv(StoreEntity entity, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (columns, owner, child) = entity switch
        {
            StoreEntity.Customers => Shape(EntityTables.Customers),
            StoreEntity.Transactions => Shape(EntityTables.Transactions),
            StoreEntity.Interactions => Shape(EntityTables.Interactions),
            StoreEntity.Investments => Shape(EntityTables.Investments),
            StoreEntity.SurveyResponses => Shape(EntityTables.SurveyResponses),
            StoreEntity.Leads => Shape(EntityTables.Leads),
            StoreEntity.Dealers => Shape(EntityTables.Dealers),
            StoreEntity.Staff => Shape(EntityTables.Staff),
            _ => throw new ArgumentException($"{entity.JsonName()} cannot be exported as CSV.", nameof(entity)),
        };

        string table = entity.Table();
        var extras = new List<string>();
        if (child is { } ch)
        {
            using var names = Command($"SELECT DISTINCT {ch.Name} FROM {ch.Table} ORDER BY {ch.Name}");
            using var reader = names.ExecuteReader();
            while (reader.Read()) extras.Add(reader.GetString(0));
        }

        var header = new List<string> { "id" };
        if (owner) header.Add("customer_id");
        header.AddRange(columns.Select(c => c.Name));
        header.AddRange(extras.Select(e => child!.Value.Prefix + e));
        writer.WriteLine(string.Join(',', header.Select(CsvField)));

        var select = new List<string> { "e.external_id" };
        if (owner) select.Add("c.external_id");
        select.AddRange(columns.Select(c => "e." + c.Name));
        string from = $"{table} e" + (owner ? " JOIN customers c ON c.id = e.customer_key" : "");
        if (child is { } x)
        {
            select.Add($"x.{x.Name}");
            select.Add($"x.{x.Value}");
            from += $" LEFT JOIN {x.Table} x ON x.{x.Key} = e.id";
        }

        using var command = Command($"SELECT e.id, {string.Join(", ", select)} FROM {from} ORDER BY e.id" + (child is { } y ? $", x.{y.Name}" : ""));
        using var rows = command.ExecuteReader();
        int fixedCount = select.Count - (child is null ? 0 : 2);
        var line = new string?[header.Count];
        var extraIndex = extras.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => header.Count - extras.Count + p.i, StringComparer.Ordinal);
        long pendingKey = long.MinValue, written = 0;
        bool pending = false;
        while (rows.Read())
        {
            long key = rows.GetInt64(0);
            if (pending && key != pendingKey)
            {
                WriteLine(writer, line);
                written++;
                pending = false;
            }

            if (!pending)
            {
                Array.Clear(line);
                pendingKey = key;
                pending = true;
                line[0] = rows.GetString(1);
                int o = 1;
                if (owner) line[o++] = rows.GetString(2);
                for (int i = 0; i < columns.Length; i++, o++) line[o] = Format(rows, 1 + o, columns[i].Type);
            }

            if (child is { } z && !rows.IsDBNull(1 + fixedCount))
            {
                line[extraIndex[rows.GetString(1 + fixedCount)]] = Format(rows, 2 + fixedCount, z.ValueType);
            }
        }

        if (pending)
        {
            WriteLine(writer, line);
            written++;
        }

        return written;
    }

    private static ((string Name, ColumnType Type)[] Columns, bool Owner, (string Table, string Key, string Name, string Value, ColumnType ValueType, string Prefix)? Child) Shape<T>(EntityTable<T> table) =>
        (table.Columns, table.Owner is not null, table.Child is { } c
            ? (c.Table, c.KeyColumn, c.NameColumn.Name, c.ValueColumn.Name, c.ValueColumn.Type, c.Table == "customer_attributes" ? "attr_" : "dim_")
            : null);

    private string? Format(DbDataReader reader, int ordinal, ColumnType type)
    {
        if (reader.IsDBNull(ordinal)) return null;
        return type switch
        {
            ColumnType.Text => reader.GetString(ordinal),
            ColumnType.Integer => reader.GetInt64(ordinal).ToString(CultureInfo.InvariantCulture),
            ColumnType.Decimal => dialect.GetDecimal(reader, ordinal)!.Value.ToString("0.####", CultureInfo.InvariantCulture),
            _ => dialect.GetDate(reader, ordinal)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static void WriteLine(TextWriter writer, string?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            if (fields[i] is { } f) writer.Write(CsvField(f));
        }

        writer.WriteLine();
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.Length == 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
