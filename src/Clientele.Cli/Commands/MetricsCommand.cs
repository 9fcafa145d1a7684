using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Analytics.Metrics;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// What <c>clientele kpi</c> and <c>clientele economics</c> share: the options, reading only the parts the measures
/// use, the whole period plus the <c>--by</c> slices (calendar slices or customer groups), and the three outputs
/// (table, <c>--json</c>, <c>--csv</c>). Each command supplies its calculator, its JSON row and its table.
/// </summary>
internal static class MetricsCommand
{
    /// <summary>The calculator of one command: the measures per customer group, and per calendar slice.</summary>
    internal sealed record Calculator<TSet>(
        MetricsParts Parts,
        Func<MetricsData, MetricPeriod, CustomerGrouping, bool, IReadOnlyList<TSet>> Compute,
        Func<MetricsData, MetricPeriod, Dimension, IReadOnlyList<TSet>> ComputeOverTime,
        Func<TSet, bool, JsonObject> ToJson,
        Action<IAnsiConsole, MetricsRequest, MetricPeriod, JsonObject, IReadOnlyList<JsonObject>> Print);

    public static Command Create<TSet>(CliContext context, string name, string description, Calculator<TSet> calculator)
    {
        var options = new MetricsOptions();
        var command = new Command(name, description);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var request = options.Parse(parse);
            using var store = ClienteleStore.Open(request.Store, createIfMissing: false);
            var period = request.ResolvePeriod(store);
            var data = store.ReadMetricsData(period, calculator.Parts);
            request.CheckSnapshot(data);
            var (all, groups) = MetricSlices.Compute(data, period, request.By, calculator.Compute, calculator.ComputeOverTime);
            var allRow = calculator.ToJson(all, true);
            var groupRows = groups.Select(g => calculator.ToJson(g, false)).ToList();
            if (request.Json)
            {
                context.Out.WriteLine(JsonOutput.Serialize(MetricsJson.Document(request.Store.DisplayName, period, request.By, allRow, groupRows)));
            }
            else if (request.Csv)
            {
                MetricsCsv.Write(context.Out, [calculator.ToJson(all, false), .. groupRows]);
            }
            else
            {
                calculator.Print(context.Console, request, period, allRow, groupRows);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
