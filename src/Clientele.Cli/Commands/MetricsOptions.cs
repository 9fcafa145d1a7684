using System.CommandLine;
using Clientele.Analytics.Metrics;
using Clientele.Storage.Database;

namespace Clientele.Cli.Commands;

/// <summary>The options <c>kpi</c> and <c>economics</c> share: --db, --from, --to, --by, --json, --csv; parsed before the store opens.</summary>
internal sealed class MetricsOptions
{
    private readonly Option<string?> db = CommonOptions.Db();
    private readonly Option<string?> from = new("--from") { Description = "First day of the period (yyyy-MM-dd, inclusive); default 12 months before --to." };
    private readonly Option<string?> to = new("--to") { Description = "Last day of the period (yyyy-MM-dd, inclusive); default the last transaction date in the store." };
    private readonly Option<string?> by = new("--by") { Description = "Slice by: " + string.Join(", ", DimensionText.Names) + "." };
    private readonly Option<bool> json = CommonOptions.Json();
    private readonly Option<bool> csv = new("--csv") { Description = "Print CSV (one row per group, the total first) instead of tables." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { db, from, to, by, json, csv }) command.Options.Add(option);
    }

    /// <summary>The parsed request; bad dates, an unknown dimension or --json with --csv are one-line errors (exit 2).</summary>
    public MetricsRequest Parse(ParseResult parse)
    {
        var fromDay = CommonOptions.ParseOptionalDate("--from", parse.GetValue(from));
        var toDay = CommonOptions.ParseOptionalDate("--to", parse.GetValue(to));
        if (fromDay is { } f && toDay is { } t && f > t) throw new UserInputException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}");
        Dimension? dimension = null;
        if (parse.GetValue(by) is { } text)
        {
            dimension = DimensionText.TryParse(text, out var d)
                ? d
                : throw new UserInputException($"--by: '{text}' is not a dimension; expected one of {string.Join(", ", DimensionText.Names)}");
        }

        bool asJson = parse.GetValue(json), asCsv = parse.GetValue(csv);
        if (asJson && asCsv) throw new UserInputException("--json and --csv exclude each other; choose one");
        return new MetricsRequest(CommonOptions.ParseDb(parse.GetValue(db)), fromDay, toDay, dimension, asJson, asCsv);
    }
}

/// <summary>What a metrics command was asked for.</summary>
internal sealed record MetricsRequest(StoreLocation Store, DateOnly? From, DateOnly? To, Dimension? By, bool Json, bool Csv)
{
    /// <summary>The period: --to, else the last transaction date; --from, else 12 months before it (the day after).</summary>
    public MetricPeriod ResolvePeriod(ClienteleStore store)
    {
        var last = To ?? store.LastTransactionDate()
            ?? throw new UserInputException($"{Store.DisplayName} holds no transactions, so there is no default period; give --to (and --from) or import transactions");
        var first = From ?? last.AddMonths(-12).AddDays(1);
        if (first > last) throw new UserInputException($"--from {first:yyyy-MM-dd} is after the period end {last:yyyy-MM-dd}");
        return new MetricPeriod(first, last);
    }

    /// <summary>Refuses slicing by segment or tier when the store has no analysis snapshot to take them from.</summary>
    public void CheckSnapshot(MetricsData data)
    {
        if (By is Dimension.Segment or Dimension.Tier && data.Customers.Clv.All(double.IsNaN))
        {
            throw new UserInputException($"--by {DimensionText.ToText(By.Value)} needs an analysis snapshot; run 'clientele analyze' first");
        }
    }
}
