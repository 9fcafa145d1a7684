using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Clientele.Cli.Output;

/// <summary>
/// Rows of measures as tables for people: the total as "measure | value" (a null shows its reason), the groups as one
/// line each over chosen columns. Rates and shares print as percentages, ROI as "12.3 %", money with two decimals.
/// </summary>
internal static class MetricsTable
{
    public static void PrintTotal(IAnsiConsole console, string title, JsonObject row, IEnumerable<string> names)
    {
        var reasons = row["reasons"] as JsonObject;
        var table = new Table().Title(title).AddColumn("measure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("note");
        foreach (var name in names)
        {
            var value = row[name];
            string note = value is null && reasons?[name] is { } reason ? reason.ToString() : "";
            table.AddRow(Markup.Escape(name), Markup.Escape(Format(name, value)), $"[grey]{Markup.Escape(note)}[/]");
        }

        console.Write(table);
    }

    public static void PrintGroups(IAnsiConsole console, string title, string dimension, IReadOnlyList<JsonObject> rows, IReadOnlyList<string> names)
    {
        var table = new Table().Title(title).AddColumn(Markup.Escape(dimension));
        foreach (var name in names) table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        foreach (var row in rows)
        {
            table.AddRow([Markup.Escape(row["group"]?.ToString() ?? ""), .. names.Select(n => Markup.Escape(Format(n, row[n])))]);
        }

        table.Caption("— = cannot be computed; --json gives the reasons");
        console.Write(table);
    }

    public static void PrintMap(IAnsiConsole console, string title, string keyName, JsonObject? map, string valueName)
    {
        if (map is null || map.Count == 0) return;
        var table = new Table().Title(title).AddColumn(Markup.Escape(keyName)).AddColumn(new TableColumn(Markup.Escape(valueName)).RightAligned());
        foreach (var (key, value) in map) table.AddRow(Markup.Escape(key), Markup.Escape(Format(valueName, value)));
        console.Write(table);
    }

    public static string Format(string name, JsonNode? value)
    {
        if (value is null) return "—";
        if (value is not JsonValue v || !v.TryGetValue(out double d)) return value.ToString();
        var culture = CultureInfo.CurrentCulture;
        string lower = name.ToLowerInvariant();
        if (lower.StartsWith("roi", StringComparison.Ordinal) || lower.Contains("incrementalroi", StringComparison.Ordinal)) return d.ToString("N1", culture) + " %";
        if (lower.EndsWith("rate", StringComparison.Ordinal) || lower.EndsWith("share", StringComparison.Ordinal)) return d.ToString("P1", culture);
        if (lower is "activecustomers" or "orders" or "newcustomers" or "customers" or "csatscale") return d.ToString("N0", culture);
        if (lower is "nps" or "salescycledays" or "paybackmonths" or "purchasefrequency") return d.ToString("N1", culture);
        if (lower is "csat" or "satisfactionrepeatcorrelation") return d.ToString("N2", culture);
        return d.ToString("N2", culture);
    }
}
