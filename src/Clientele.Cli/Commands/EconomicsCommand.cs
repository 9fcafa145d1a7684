using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Analytics.Metrics;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele economics</c>: what was invested in customers and what it returned over a period — cost by category
/// and stage, CAC, ROI (gross, incremental, per category / stage / campaign / tier / segment / dealer), payback,
/// cost-to-serve and profitability per tier; optionally sliced. Formulas and the charging rule: docs/metrics.md.
/// </summary>
internal static class EconomicsCommand
{
    private static readonly string[] Measures =
        ["investment", "grossMargin", "profit", "roi", "incrementalRoiBaseline", "incrementalRoiControl", "paybackMonths", "newCustomers", "cac", "unattributed"];

    private static readonly string[] GroupColumns = ["investment", "grossMargin", "profit", "roi", "incrementalRoiBaseline", "paybackMonths", "newCustomers", "cac"];

    public static Command Create(CliContext context) => MetricsCommand.Create(
        context,
        "economics",
        "Cost composition (by category and lifecycle stage), CAC, ROI (gross, incremental, payback; per category, stage, campaign, " +
            "tier, segment, dealer), cost-to-serve and profitability per tier.\n" +
            "Examples:\n  clientele economics --db ./clientele.db\n  clientele economics --by channel --json\n  clientele economics --by month --csv",
        new MetricsCommand.Calculator<EconomicsSet>(MetricsParts.Economics, EconomicsCalculator.Compute, EconomicsCalculator.ComputeOverTime, ToJson, Print));

    internal static JsonObject ToJson(EconomicsSet e, bool detail)
    {
        var row = new MetricsJson(e.Group, e.Period)
            .Add("investment", e.Investment).Add("costByCategory", e.CostByCategory).Add("costByStage", e.CostByStage)
            .Add("unattributed", e.Unattributed).Add("newCustomers", e.NewCustomers).Add("cac", e.Cac).Add("grossMargin", e.GrossMargin)
            .Add("roi", e.Roi).Add("incrementalRoiBaseline", e.IncrementalRoiBaseline).Add("incrementalRoiControl", e.IncrementalRoiControl)
            .Add("paybackMonths", e.PaybackMonths).Add("profit", e.Profit);
        if (detail)
        {
            row.Add("cacByChannel", e.CacByChannel).Add("roiByCategory", e.RoiByCategory).Add("roiByStage", e.RoiByStage).Add("roiByCampaign", e.RoiByCampaign)
                .Add("roiByTier", e.RoiByTier).Add("roiBySegment", e.RoiBySegment).Add("roiByDealer", e.RoiByDealer);
            row.Add("tiers", new JsonArray([.. e.Tiers.Select(t => (JsonNode)new JsonObject
            {
                ["tier"] = t.Group,
                ["customers"] = t.Customers,
                ["grossMargin"] = Value(t.GrossMargin),
                ["costToServe"] = JsonOutput.Number(Math.Round(t.CostToServe, 6)),
                ["profit"] = Value(t.Profit),
                ["costToServePerCustomer"] = Value(t.CostToServePerCustomer),
                ["profitPerCustomer"] = Value(t.ProfitPerCustomer),
            })]));
            row.Add("leastProfitable", new JsonArray([.. e.LeastProfitable.Select(c => (JsonNode)new JsonObject
            {
                ["customerId"] = c.CustomerId,
                ["grossMargin"] = JsonOutput.Number(Math.Round(c.GrossMargin, 6)),
                ["costToServe"] = JsonOutput.Number(Math.Round(c.CostToServe, 6)),
                ["profit"] = JsonOutput.Number(Math.Round(c.Profit, 6)),
            })]));
        }

        return row.Build();
    }

    private static JsonNode? Value(Measure m) => m.Value is { } v ? JsonOutput.Number(Math.Round(v, 6)) : null;

    private static void Print(IAnsiConsole console, MetricsRequest request, MetricPeriod period, JsonObject all, IReadOnlyList<JsonObject> groups)
    {
        console.MarkupLine($"[bold]Economics[/] of {Markup.Escape(request.Store.DisplayName)} from {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} " +
            $"(baseline {period.Preceding.From:yyyy-MM-dd} to {period.Preceding.To:yyyy-MM-dd}).");
        MetricsTable.PrintTotal(console, "All customers", all, Measures);
        MetricsTable.PrintMap(console, "Cost by category", "category", all["costByCategory"] as JsonObject, "cost");
        MetricsTable.PrintMap(console, "Cost by lifecycle stage", "stage", all["costByStage"] as JsonObject, "cost");
        MetricsTable.PrintMap(console, "CAC by acquisition channel", "channel", all["cacByChannel"] as JsonObject, "cac");
        MetricsTable.PrintMap(console, "ROI by cost category", "category", all["roiByCategory"] as JsonObject, "roi");
        MetricsTable.PrintMap(console, "ROI by lifecycle stage", "stage", all["roiByStage"] as JsonObject, "roi");
        MetricsTable.PrintMap(console, "ROI by tier", "tier", all["roiByTier"] as JsonObject, "roi");
        MetricsTable.PrintMap(console, "ROI by segment", "segment", all["roiBySegment"] as JsonObject, "roi");
        if (all["tiers"] is JsonArray { Count: > 0 } tiers)
        {
            var table = new Table().Title("Cost-to-serve and profitability by tier").AddColumn("tier");
            string[] columns = ["customers", "grossMargin", "costToServe", "profit", "costToServePerCustomer", "profitPerCustomer"];
            foreach (var c in columns) table.AddColumn(new TableColumn(c).RightAligned());
            foreach (var t in tiers) table.AddRow([Markup.Escape(t!["tier"]!.ToString()), .. columns.Select(c => MetricsTable.Format(c, t[c]))]);
            console.Write(table);
        }

        console.MarkupLine("[grey]ROI per campaign and per dealer, and the least profitable customers: --json.[/]");
        if (request.By is { } by) MetricsTable.PrintGroups(console, $"By {DimensionText.ToText(by)}", DimensionText.ToText(by), groups, GroupColumns);
    }
}
