using System.Globalization;
using System.Text.Json.Nodes;

namespace Clientele.Cli.Output;

/// <summary>
/// Rows of measures as CSV: one line per row, a column per number (nested numbers as <c>parent.child</c>, e.g.
/// <c>costByCategory.people</c>), empty for null, and a last column <c>reasons</c> ("name: reason; …"). Lists (the
/// Pareto curve, cohorts) are left out: they have a shape of their own, see --json.
/// </summary>
internal static class MetricsCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> rows)
    {
        var columns = new List<string>();
        var cells = rows.Select(row =>
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, node) in row)
            {
                if (name == "reasons") continue;
                if (node is JsonObject nested)
                {
                    foreach (var (key, value) in nested)
                    {
                        if (value is JsonValue or null) Put(values, columns, $"{name}.{key}", value);
                    }
                }
                else if (node is JsonValue or null)
                {
                    Put(values, columns, name, node);
                }
            }

            values["reasons"] = row["reasons"] is JsonObject reasons ? string.Join("; ", reasons.Select(r => $"{r.Key}: {r.Value}")) : "";
            return values;
        }).ToList();
        columns.Add("reasons");
        writer.WriteLine(string.Join(',', columns.Select(Quote)));
        foreach (var values in cells) writer.WriteLine(string.Join(',', columns.Select(c => Quote(values.GetValueOrDefault(c, "")))));
        writer.Flush();
    }

    private static void Put(Dictionary<string, string> values, List<string> columns, string name, JsonNode? value)
    {
        if (!columns.Contains(name)) columns.Add(name);
        values[name] = value switch
        {
            null => "",
            JsonValue v when v.TryGetValue(out double d) => d.ToString("R", CultureInfo.InvariantCulture),
            JsonValue v when v.TryGetValue(out string? s) => s ?? "",
            _ => value.ToJsonString(),
        };
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
