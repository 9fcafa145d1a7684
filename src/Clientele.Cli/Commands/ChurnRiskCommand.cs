using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Metrics;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele churn-risk</c>: the churn early warning list from the store's analysis snapshots, ranked by value at
/// risk CLV × (1 − P(alive)) with the reasons in words (docs/metrics-risk.md). Needs a snapshot (<c>clientele analyze</c>).
/// </summary>
internal static class ChurnRiskCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var asOf = new Option<string?>("--as-of", "--to")
        {
            Description = "Use the latest analysis snapshot as of this day or earlier (yyyy-MM-dd); default the latest snapshot.",
        };
        var from = new Option<string?>("--from") { Description = "Ignore survey answers and complaints dated before this day (yyyy-MM-dd); default all history." };
        var top = new Option<int>("--top") { Description = "How many customers to list.", DefaultValueFactory = _ => 20 };
        var by = new Option<string?>("--by")
        {
            Description = "Also sum value at risk per group: month, quarter or year (of the last purchase), segment, tier, dealer, region, industry, size, channel.",
        };
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV for machines: the customers, or the groups with --by." };
        var command = new Command("churn-risk", "List the customers with the most value at risk, CLV × (1 − P(alive)), with the reasons in words.\n" +
            "Needs an analysis snapshot: run 'clientele analyze' first (twice, at two as-of days, to see P(alive) fall).\n" +
            "Examples:\n  clientele churn-risk --db ./clientele.db --top 10\n  clientele churn-risk --by region --json");
        foreach (var option in new Option[] { db, asOf, from, top, by, json, csv }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var location = CommonOptions.ParseDb(parse.GetValue(db));
            var day = CommonOptions.ParseOptionalDate("--as-of", parse.GetValue(asOf));
            var evidenceFrom = CommonOptions.ParseOptionalDate("--from", parse.GetValue(from));
            int count = parse.GetValue(top);
            if (count < 0) throw new UserInputException($"--top: {count} is negative; give the number of customers to list");
            var dimension = ParseBy(parse.GetValue(by));
            bool asJson = parse.GetValue(json), asCsv = parse.GetValue(csv);
            if (asJson && asCsv) throw new UserInputException("choose one of --json and --csv");

            using var store = ClienteleStore.Open(location, createIfMissing: false);
            var input = store.ReadChurnRiskInput(day, evidenceFrom) ?? throw new UserInputException(day is { } d
                ? $"{location.DisplayName} holds no analysis snapshot as of {d:yyyy-MM-dd} or earlier; run 'clientele analyze --as-of {d:yyyy-MM-dd}' first"
                : $"{location.DisplayName} holds no analysis snapshot; run 'clientele analyze' first");
            if (evidenceFrom > input.Current.AsOf)
            {
                throw new UserInputException($"--from {evidenceFrom:yyyy-MM-dd} is after the snapshot's as-of day {input.Current.AsOf:yyyy-MM-dd}");
            }

            var report = ChurnRiskList.Build(input.Customers, input.Current.AsOf, input.Previous?.AsOf, count, dimension);
            if (asJson) context.Out.WriteLine(JsonOutput.Serialize(ToJson(input, report)));
            else if (asCsv) context.Out.Write(ToCsv(report));
            else Print(context.Console, input, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The dimension named by --by, or null.</summary>
    internal static Dimension? ParseBy(string? text)
    {
        if (text is null) return null;
        try
        {
            return DimensionText.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UserInputException("--by: " + e.Message);
        }
    }

    private static JsonObject ToJson(ChurnRiskInput input, ChurnRiskReport report)
    {
        var customers = new JsonArray();
        foreach (var e in report.Entries)
        {
            customers.Add(new JsonObject
            {
                ["rank"] = e.Rank,
                ["customerId"] = e.CustomerId,
                ["clv"] = JsonOutput.Number(e.Clv),
                ["pAlive"] = JsonOutput.Number(e.ProbabilityAlive),
                ["valueIfAlive"] = e.ValueIfAlive is { } v ? JsonOutput.Number(v) : null,
                ["valueAtRisk"] = JsonOutput.Number(e.ValueAtRisk),
                ["daysSinceLastPurchase"] = e.DaysSinceLastPurchase,
                ["segment"] = e.Profile.Segment,
                ["reasons"] = new JsonArray(e.Reasons.Select(r => (JsonNode?)JsonValue.Create(r.Text)).ToArray()),
                ["reasonKinds"] = new JsonArray(e.Reasons.Select(r => (JsonNode?)JsonValue.Create(ReasonName(r.Kind))).ToArray()),
            });
        }

        var node = new JsonObject
        {
            ["asOf"] = Day(report.AsOf),
            ["runId"] = input.Current.RunId,
            ["previousAsOf"] = report.PreviousAsOf is { } p ? Day(p) : null,
            ["previousRunId"] = input.Previous?.RunId,
            ["valueAtRisk"] = "clv * (1 - pAlive)",
            ["customers"] = report.Customers,
            ["scored"] = report.Scored,
            ["totalClv"] = JsonOutput.Number(report.TotalClv),
            ["totalValueAtRisk"] = JsonOutput.Number(report.TotalValueAtRisk),
            ["atRisk"] = customers,
        };
        if (report.Dimension is { } dimension)
        {
            node["by"] = DimensionText.ToText(dimension);
            node["groups"] = new JsonArray(report.Groups.Select(g => (JsonNode?)new JsonObject
            {
                ["key"] = g.Key,
                ["customers"] = g.Customers,
                ["clv"] = JsonOutput.Number(g.Clv),
                ["valueAtRisk"] = JsonOutput.Number(g.ValueAtRisk),
                ["share"] = g.Share is { } s ? JsonOutput.Number(s) : null,
            }).ToArray());
        }

        return node;
    }

    private static string ToCsv(ChurnRiskReport report)
    {
        var text = new StringBuilder();
        if (report.Dimension is { } dimension)
        {
            text.Append(DimensionText.ToText(dimension)).Append(",customers,clv,valueAtRisk,share\n");
            foreach (var g in report.Groups)
            {
                text.Append(CsvField(g.Key)).Append(',').Append(g.Customers.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Number(g.Clv)).Append(',').Append(Number(g.ValueAtRisk)).Append(',').Append(Number(g.Share)).Append('\n');
            }

            return text.ToString();
        }

        text.Append("rank,customerId,clv,pAlive,valueIfAlive,valueAtRisk,daysSinceLastPurchase,segment,reasons\n");
        foreach (var e in report.Entries)
        {
            text.Append(e.Rank.ToString(CultureInfo.InvariantCulture)).Append(',').Append(CsvField(e.CustomerId)).Append(',')
                .Append(Number(e.Clv)).Append(',').Append(Number(e.ProbabilityAlive)).Append(',').Append(Number(e.ValueIfAlive)).Append(',')
                .Append(Number(e.ValueAtRisk)).Append(',').Append(e.DaysSinceLastPurchase.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvField(e.Profile.Segment)).Append(',').Append(CsvField(string.Join("; ", e.Reasons.Select(r => r.Text)))).Append('\n');
        }

        return text.ToString();
    }

    private static void Print(IAnsiConsole console, ChurnRiskInput input, ChurnRiskReport report)
    {
        string compared = report.PreviousAsOf is { } p ? $", compared with the snapshot of {p:yyyy-MM-dd}" : ", no earlier snapshot to compare with";
        console.WriteLine(Invariant($"Churn early warning as of {report.AsOf:yyyy-MM-dd} (snapshot {input.Current.RunId}{compared})."));
        console.WriteLine(Invariant($"{report.Scored:N0} of {report.Customers:N0} customers scored: value at risk {report.TotalValueAtRisk:N2} of CLV {report.TotalClv:N2} (value at risk = CLV × (1 − P(alive)))."));
        if (report.Dimension is { } dimension)
        {
            var groups = new Table().AddColumn(DimensionText.ToText(dimension)).AddColumn(Right("customers")).AddColumn(Right("CLV"))
                .AddColumn(Right("value at risk")).AddColumn(Right("share"));
            foreach (var g in report.Groups)
            {
                groups.AddRow(Markup.Escape(g.Key), Invariant($"{g.Customers:N0}"), Invariant($"{g.Clv:N2}"), Invariant($"{g.ValueAtRisk:N2}"),
                    g.Share is { } s ? Invariant($"{s:P1}") : "–");
            }

            console.Write(groups);
        }

        if (report.Entries.Count == 0) return;
        var table = new Table().AddColumn(Right("#")).AddColumn("customer").AddColumn(Right("CLV")).AddColumn(Right("P(alive)"))
            .AddColumn(Right("value at risk")).AddColumn("reasons");
        foreach (var e in report.Entries)
        {
            table.AddRow(Invariant($"{e.Rank}"), Markup.Escape(e.CustomerId), Invariant($"{e.Clv:N2}"), Invariant($"{e.ProbabilityAlive:0.00}"),
                Invariant($"{e.ValueAtRisk:N2}"), Markup.Escape(e.Reasons.Count == 0 ? "–" : string.Join("; ", e.Reasons.Select(r => r.Text))));
        }

        console.Write(table);
    }

    private static string ReasonName(ChurnReasonKind kind) => kind switch
    {
        ChurnReasonKind.ProbabilityAliveFell => "pAliveFell",
        ChurnReasonKind.ProbabilityAliveLow => "pAliveLow",
        ChurnReasonKind.PurchaseOverdue => "purchaseOverdue",
        ChurnReasonKind.SatisfactionFell => "satisfactionFell",
        _ => "openComplaints",
    };

    internal static TableColumn Right(string header) => new TableColumn(header).RightAligned();

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with round-trip precision, or empty for null / NaN (CSV has no null).</summary>
    internal static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>An RFC 4180 field: quoted when it holds a comma, quote or line break.</summary>
    internal static string CsvField(string? text) =>
        text is null ? "" : text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
