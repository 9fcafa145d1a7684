using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Analytics.Metrics;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele kpi</c>: the relationship KPIs of a period (NPS, CSAT, complaint, repeat purchase, churn and retention
/// rates, conversion, sales cycle, order value, purchase frequency, revenue concentration, cohorts), optionally
/// sliced by month, quarter, year or a customer dimension. Formulas: docs/metrics.md.
/// </summary>
internal static class KpiCommand
{
    /// <summary>The scalar measures, in the order tables and CSV show them.</summary>
    private static readonly string[] Measures =
    [
        "activeCustomers", "revenue", "orders", "grossMargin", "nps", "csat", "complaintRate", "repeatPurchaseRate", "averageOrderValue",
        "purchaseFrequency", "churnRate", "retentionRate", "conversionRate", "salesCycleDays", "top20Share", "satisfactionRepeatCorrelation",
    ];

    private static readonly string[] GroupColumns =
        ["activeCustomers", "revenue", "nps", "csat", "complaintRate", "repeatPurchaseRate", "averageOrderValue", "churnRate", "conversionRate", "top20Share"];

    public static Command Create(CliContext context) => MetricsCommand.Create(
        context,
        "kpi",
        "Relationship KPIs of a period: NPS, CSAT, complaint, repeat purchase, churn and retention rates, conversion, sales cycle, " +
            "average order value, top-20% revenue share, Pareto curve, key accounts, cohort retention.\n" +
            "Examples:\n  clientele kpi --db ./clientele.db\n  clientele kpi --from 2025-01-01 --to 2025-12-31 --by quarter --json\n  clientele kpi --by segment --csv",
        new MetricsCommand.Calculator<KpiSet>(MetricsParts.Kpi, KpiCalculator.Compute, KpiCalculator.ComputeOverTime, ToJson, Print));

    internal static JsonObject ToJson(KpiSet k, bool detail)
    {
        var row = new MetricsJson(k.Group, k.Period)
            .Add("activeCustomers", k.ActiveCustomers).Add("revenue", k.Revenue).Add("orders", k.Orders).Add("grossMargin", k.GrossMargin)
            .Add("nps", k.Nps).Add("csat", k.Csat).Add("csatScale", k.CsatScale).Add("complaintRate", k.ComplaintRate)
            .Add("repeatPurchaseRate", k.RepeatPurchaseRate).Add("averageOrderValue", k.AverageOrderValue).Add("purchaseFrequency", k.PurchaseFrequency)
            .Add("churnRate", k.ChurnRate).Add("retentionRate", k.RetentionRate).Add("conversionRate", k.ConversionRate)
            .Add("salesCycleDays", k.SalesCycleDays).Add("top20Share", k.Top20Share).Add("satisfactionRepeatCorrelation", k.SatisfactionRepeatCorrelation)
            .Add("satisfactionByDimension", k.SatisfactionByDimension);
        if (detail)
        {
            row.Add("paretoCurve", new JsonArray([.. k.ParetoCurve.Select(p => (JsonNode)new JsonObject
            {
                ["customerShare"] = p.CustomerShare, ["revenueShare"] = JsonOutput.Number(Math.Round(p.RevenueShare, 6)),
            })]));
            row.Add("keyAccounts", k.KeyAccounts is { } key
                ? new JsonObject
                {
                    ["count"] = key.CustomerIds.Count,
                    ["customerShare"] = JsonOutput.Number(Math.Round(key.CustomerShare, 6)),
                    ["revenueShare"] = JsonOutput.Number(Math.Round(key.RevenueShare, 6)),
                    ["customerIds"] = new JsonArray([.. key.CustomerIds.Select(id => (JsonNode)id)]),
                }
                : null);
            row.Add("cohorts", new JsonArray([.. k.Cohorts.Select(c => (JsonNode)new JsonObject
            {
                ["month"] = c.Month, ["customers"] = c.Customers, ["retention"] = new JsonArray([.. c.Retention.Select(r => JsonOutput.Number(Math.Round(r, 6)))]),
            })]));
        }

        return row.Build();
    }

    private static void Print(IAnsiConsole console, MetricsRequest request, MetricPeriod period, JsonObject all, IReadOnlyList<JsonObject> groups)
    {
        console.MarkupLine($"[bold]KPIs[/] of {Markup.Escape(request.Store.DisplayName)} from {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} " +
            $"(churn against {period.Preceding.From:yyyy-MM-dd} to {period.Preceding.To:yyyy-MM-dd}).");
        MetricsTable.PrintTotal(console, "All customers", all, Measures);
        MetricsTable.PrintMap(console, "Satisfaction by dimension", "dimension", all["satisfactionByDimension"] as JsonObject, "csat");
        if (all["keyAccounts"] is JsonObject key)
        {
            console.MarkupLine($"key accounts: {key["count"]} customers ({MetricsTable.Format("customerShare", key["customerShare"])} of those with revenue) " +
                $"make {MetricsTable.Format("revenueShare", key["revenueShare"])} of revenue.");
        }

        if (all["cohorts"] is JsonArray { Count: > 0 } cohorts)
        {
            int width = cohorts.Max(c => (c!["retention"] as JsonArray)!.Count);
            var table = new Table().Title("Cohort retention by acquisition month (share active in month k)").AddColumn("cohort").AddColumn(new TableColumn("customers").RightAligned());
            for (int k = 0; k < width; k++) table.AddColumn(new TableColumn("+" + k).RightAligned());
            foreach (var c in cohorts)
            {
                var retention = (c!["retention"] as JsonArray)!;
                table.AddRow([c["month"]!.ToString(), MetricsTable.Format("customers", c["customers"]),
                    .. Enumerable.Range(0, width).Select(k => k < retention.Count ? MetricsTable.Format("share", retention[k]) : "")]);
            }

            console.Write(table);
        }

        if (request.By is { } by) MetricsTable.PrintGroups(console, $"By {DimensionText.ToText(by)}", DimensionText.ToText(by), groups, GroupColumns);
    }
}
