using Clientele.Storage.Files;

namespace Clientele.Storage.Import;

/// <summary>
/// Which column of a file feeds which field: header names (case-insensitive) matched to the entity's default
/// field names or to the names given by <c>--map</c>; columns starting with the entity's extra prefix
/// (<c>attr_</c>, <c>dim_</c>) become free attributes or dimension scores; any other column is ignored.
/// </summary>
internal sealed class ColumnBinding
{
    public const int Ignored = -1;
    public const int Extra = -2;

    private ColumnBinding(int[] slots, string?[] extraNames, IReadOnlyList<string> ignored, Dictionary<string, int> byName)
    {
        Slots = slots;
        ExtraNames = extraNames;
        IgnoredColumns = ignored;
        ByName = byName;
    }

    /// <summary>Per column: the field slot, <see cref="Ignored"/> or <see cref="Extra"/>.</summary>
    public int[] Slots { get; }

    /// <summary>Per column: the attribute or dimension name of an extra column.</summary>
    public string?[] ExtraNames { get; }

    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Column name (case-insensitive) → field slot, for sources without positions (JSON lines).</summary>
    public Dictionary<string, int> ByName { get; }

    public static ColumnBinding Bind(string file, IReadOnlyList<string> header, EntitySchema schema, IReadOnlyDictionary<string, string> map, bool checkRequired = true)
    {
        // The column each field reads: the mapped name, else the field's own name.
        var columnOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int slot = 0; slot < schema.Fields.Count; slot++)
        {
            string field = schema.Fields[slot];
            string column = map.TryGetValue(field, out var mapped) ? mapped : field;
            columnOf[column] = slot;
        }

        var slots = new int[header.Count];
        var extras = new string?[header.Count];
        var ignored = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bound = new bool[schema.Fields.Count];
        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Trim();
            if (name.Length == 0)
            {
                slots[i] = Ignored;
                ignored.Add($"#{i + 1}");
                continue;
            }

            if (!seen.Add(name)) throw new InputFormatException(file, 1, name, $"the header names column '{name}' twice, so which one to read is ambiguous");
            if (columnOf.TryGetValue(name, out int slot))
            {
                slots[i] = slot;
                bound[slot] = true;
            }
            else if (schema.ExtraPrefix is { } prefix && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
            {
                slots[i] = Extra;
                extras[i] = name[prefix.Length..];
            }
            else
            {
                slots[i] = Ignored;
                ignored.Add(name);
            }
        }

        foreach (var (field, column) in map)
        {
            if (!seen.Contains(column)) throw new InputFormatException(file, 1, field, $"--map {field}={column}: the file has no column '{column}'");
        }

        if (checkRequired)
        {
            foreach (int slot in schema.RequiredSlots(bound))
            {
                string field = schema.Fields[slot];
                string column = map.TryGetValue(field, out var mapped) ? mapped : field;
                string found = string.Join(", ", header.Take(8).Select(h => h.Length > 40 ? h[..40] + "…" : h)) + (header.Count > 8 ? $", … ({header.Count} columns)" : "");
                throw new InputFormatException(file, 1, field,
                    $"no column '{column}' for the required field {field} (header: {found}); rename with --map {field}=COLUMN, or check the delimiter");
            }
        }

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, slot) in columnOf) byName[column] = slot;
        return new ColumnBinding(slots, extras, ignored, byName);
    }
}
