using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Metrics;
using Clientele.Analytics.Dealers;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;
using static Clientele.Cli.Commands.ChurnRiskCommand;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele dealers</c>: dealer scorecards over a period (sales, growth, market share, customers served,
/// satisfaction and complaint rate of their customers, coverage), a weighted score, ranking, key dealers and a suggested
/// tier (docs/metrics-risk.md).
/// </summary>
internal static class DealersCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var from = new Option<string?>("--from") { Description = "First day of the period (yyyy-MM-dd); default 12 months before --to." };
        var to = new Option<string?>("--to") { Description = "Last day of the period (yyyy-MM-dd); default the last transaction date in the store." };
        var by = new Option<string?>("--by") { Description = "Also add the scorecards up per region or per (stored) dealer tier." };
        var weights = new Option<string?>("--weights")
        {
            Description = "Score weights, e.g. sales=0.3,growth=0.2,share=0.15,customers=0.1,satisfaction=0.15,complaints=0.1; metrics not named get 0. " +
                "Default sales=0.25,growth=0.2,share=0.15,customers=0.1,satisfaction=0.15,complaints=0.1,coverage=0.05.",
        };
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV for machines: the dealers, or the groups with --by." };
        var command = new Command("dealers", "Score and rank dealers: sales, growth, market share, customers, satisfaction, complaints, coverage; key dealers and a suggested tier.\n" +
            "Examples:\n  clientele dealers --db ./clientele.db\n  clientele dealers --from 2025-01-01 --to 2025-12-31 --weights sales=0.5,growth=0.5 --json\n  clientele dealers --by region");
        foreach (var option in new Option[] { db, from, to, by, weights, json, csv }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var location = CommonOptions.ParseDb(parse.GetValue(db));
            var fromDay = CommonOptions.ParseOptionalDate("--from", parse.GetValue(from));
            var toDay = CommonOptions.ParseOptionalDate("--to", parse.GetValue(to));
            bool? byRegion = ParseBy(parse.GetValue(by)) switch
            {
                null => null,
                Dimension.Region => true,
                Dimension.Tier => false,
                var other => throw new UserInputException($"--by: dealers are grouped by region or tier, not {DimensionText.ToText(other!.Value)}"),
            };
            var scoreWeights = ParseWeights(parse.GetValue(weights));
            bool asJson = parse.GetValue(json), asCsv = parse.GetValue(csv);
            if (asJson && asCsv) throw new UserInputException("choose one of --json and --csv");

            using var store = ClienteleStore.Open(location, createIfMissing: false);
            var last = toDay ?? store.LastTransactionDate()
                ?? throw new UserInputException($"{location.DisplayName} holds no transactions; give --to or import some first");
            var first = fromDay ?? last.AddYears(-1).AddDays(1);
            if (first > last) throw new UserInputException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}");
            var period = new MetricPeriod(first, last);
            var report = DealerScorecard.Build(store.ReadDealerFigures(period), period, scoreWeights, byRegion);
            string? dimension = byRegion is { } r ? (r ? "region" : "tier") : null;
            if (asJson) context.Out.WriteLine(JsonOutput.Serialize(ToJson(report, dimension)));
            else if (asCsv) context.Out.Write(ToCsv(report, dimension));
            else Print(context.Console, report, dimension);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ScorecardWeights ParseWeights(string? text)
    {
        if (text is null) return ScorecardWeights.Default;
        try
        {
            return ScorecardWeights.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new UserInputException("--weights: " + e.Message);
        }
    }

    private static JsonObject ToJson(DealerScorecardReport report, string? dimension)
    {
        var p = report.Period;
        var weights = new JsonObject();
        foreach (var metric in Enum.GetValues<ScorecardMetric>()) weights[ScorecardWeights.Name(metric)] = report.Weights.Of(metric);
        var dealers = new JsonArray();
        foreach (var d in report.Dealers)
        {
            dealers.Add(new JsonObject
            {
                ["rank"] = d.Rank,
                ["dealerId"] = d.DealerId,
                ["name"] = d.Name,
                ["region"] = d.Region,
                ["storedTier"] = d.StoredTier,
                ["sales"] = Plain(d.Sales),
                ["previousSales"] = Plain(d.PreviousSales),
                ["growth"] = Optional(d.Growth),
                ["marketShare"] = Optional(d.MarketShare),
                ["customersServed"] = d.CustomersServed,
                ["satisfaction"] = Optional(d.Satisfaction),
                ["complaintRate"] = Optional(d.ComplaintRate),
                ["outlets"] = d.Outlets,
                ["coverage"] = d.Coverage is { } coverage ? Plain(coverage) : null,
                ["score"] = Optional(d.Score),
                ["keyDealer"] = d.IsKeyDealer,
                ["suggestedTier"] = d.SuggestedTier,
                ["notes"] = new JsonArray(d.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            });
        }

        var node = new JsonObject
        {
            ["from"] = Day(p.From),
            ["to"] = Day(p.To),
            ["previousFrom"] = Day(p.Preceding.From),
            ["previousTo"] = Day(p.Preceding.To),
            ["salesBasis"] = "transactions carrying the dealer id",
            ["normalization"] = "percentile rank across dealers",
            ["weights"] = weights,
            ["totalSales"] = Plain(report.TotalSales),
            ["keyDealerShare"] = Optional(report.KeyDealerShare),
            ["dealers"] = dealers,
        };
        if (dimension is not null)
        {
            node["by"] = dimension;
            node["groups"] = new JsonArray(report.Groups.Select(g => (JsonNode?)new JsonObject
            {
                ["key"] = g.Key,
                ["dealers"] = g.Dealers,
                ["sales"] = Plain(g.Sales),
                ["previousSales"] = Plain(g.PreviousSales),
                ["growth"] = Optional(g.Growth),
                ["customersServed"] = g.CustomersServed,
                ["keyDealers"] = g.KeyDealers,
                ["meanScore"] = Optional(g.MeanScore),
            }).ToArray());
        }

        return node;
    }

    private static string ToCsv(DealerScorecardReport report, string? dimension)
    {
        var text = new StringBuilder();
        if (dimension is not null)
        {
            text.Append(dimension).Append(",dealers,sales,previousSales,growth,customersServed,keyDealers,meanScore\n");
            foreach (var g in report.Groups)
            {
                text.AppendJoin(',', CsvField(g.Key), Int(g.Dealers), Money(g.Sales), Money(g.PreviousSales), Number(g.Growth), Int(g.CustomersServed),
                    Int(g.KeyDealers), Number(g.MeanScore)).Append('\n');
            }

            return text.ToString();
        }

        text.Append("rank,dealerId,name,region,storedTier,sales,previousSales,growth,marketShare,customersServed,satisfaction,complaintRate,outlets,coverage,score,keyDealer,suggestedTier,notes\n");
        foreach (var d in report.Dealers)
        {
            text.AppendJoin(',',
                d.Rank is { } rank ? Int(rank) : "", CsvField(d.DealerId), CsvField(d.Name), CsvField(d.Region), CsvField(d.StoredTier),
                Money(d.Sales), Money(d.PreviousSales), Number(d.Growth), Number(d.MarketShare), Int(d.CustomersServed), Number(d.Satisfaction),
                Number(d.ComplaintRate), d.Outlets is { } o ? Int(o) : "", d.Coverage is { } c ? Money(c) : "", Number(d.Score),
                d.IsKeyDealer ? "true" : "false", d.SuggestedTier ?? "", CsvField(string.Join("; ", d.Notes))).Append('\n');
        }

        return text.ToString();
    }

    private static void Print(IAnsiConsole console, DealerScorecardReport report, string? dimension)
    {
        var p = report.Period;
        console.WriteLine(Invariant($"Dealer scorecards {p.From:yyyy-MM-dd} to {p.To:yyyy-MM-dd} (growth against {p.Preceding.From:yyyy-MM-dd} to {p.Preceding.To:yyyy-MM-dd}); sales = transactions carrying the dealer id."));
        string keyShare = report.KeyDealerShare is { } k ? Invariant($"{k:P1}") : "–";
        console.WriteLine(Invariant($"{report.Dealers.Count:N0} dealers, sales {report.TotalSales:N2}; {report.Dealers.Count(d => d.IsKeyDealer):N0} key dealers make {keyShare} of the sales."));
        if (dimension is not null)
        {
            var groups = new Table().AddColumn(dimension).AddColumn(Right("dealers")).AddColumn(Right("sales")).AddColumn(Right("growth"))
                .AddColumn(Right("customers")).AddColumn(Right("key dealers")).AddColumn(Right("mean score"));
            foreach (var g in report.Groups)
            {
                groups.AddRow(Markup.Escape(g.Key), Int(g.Dealers), Invariant($"{g.Sales:N2}"), Percent(g.Growth), Invariant($"{g.CustomersServed:N0}"),
                    Int(g.KeyDealers), g.MeanScore is { } m ? Invariant($"{m:0.0}") : "–");
            }

            console.Write(groups);
            return;
        }

        var table = new Table().AddColumn(Right("#")).AddColumn("dealer").AddColumn("region").AddColumn(Right("sales")).AddColumn(Right("growth"))
            .AddColumn(Right("share")).AddColumn(Right("customers")).AddColumn(Right("satisfaction")).AddColumn(Right("complaints/cust."))
            .AddColumn(Right("coverage")).AddColumn(Right("score")).AddColumn("key").AddColumn("tier");
        foreach (var d in report.Dealers)
        {
            table.AddRow(
                d.Rank is { } rank ? Int(rank) : "–", Markup.Escape(d.Name is null ? d.DealerId : $"{d.DealerId} {d.Name}"), Markup.Escape(d.Region ?? "–"),
                Invariant($"{d.Sales:N2}"), Percent(d.Growth), Percent(d.MarketShare), Invariant($"{d.CustomersServed:N0}"),
                d.Satisfaction is { } s ? Invariant($"{s:0.00}") : "–", d.ComplaintRate is { } c ? Invariant($"{c:0.000}") : "–",
                d.Coverage is { } v ? Invariant($"{v:0.##}") : "–", d.Score is { } score ? Invariant($"{score:0.0}") : "–",
                d.IsKeyDealer ? "key" : "", Markup.Escape(d.SuggestedTier is { } t ? $"{t} (was {d.StoredTier ?? "–"})" : "–"));
        }

        console.Write(table);
    }

    private static JsonNode? Optional(double? value) => value is { } v ? JsonOutput.Number(v) : null;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => Plain(value).ToString(CultureInfo.InvariantCulture);

    // PostgreSQL NUMERIC(19,4) reads back as 400.0000, SQLite's scaled integer as 400: print both the same way.
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static string Percent(double? value) => value is { } v ? Invariant($"{v:P1}") : "–";
}
