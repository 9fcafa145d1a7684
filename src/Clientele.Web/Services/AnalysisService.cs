using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Summary;
using Clientele.Domain;
using Clientele.Storage.Database;
using Clientele.Web.Data;

namespace Clientele.Web.Services;

/// <summary>
/// Runs an analysis over the stored transactions and saves its snapshot, as <c>clientele analyze</c> does: summary →
/// RFM → purchase model (BG/NBD or Pareto/NBD) → spend model (Gamma-Gamma) → P(alive), expected purchases and spend,
/// CLV. Runs on a store of its own, so the shared ones stay free for reads.
/// </summary>
public sealed class AnalysisService(StorePool pool, TimeProvider clock)
{
    /// <summary>The settings of one run.</summary>
    /// <param name="AsOf">The as-of day; null = the last transaction date.</param>
    /// <param name="Unit">The time unit.</param>
    /// <param name="Options">The scoring options; a null margin rate (see <paramref name="MarginRate"/>) means "from the stored margins".</param>
    /// <param name="MarginRate">The margin rate given, or null.</param>
    /// <param name="SegmentsName">The segment scheme's name, kept in the run's settings.</param>
    public sealed record Settings(DateOnly? AsOf, TimeUnit Unit, ScoringOptions Options, double? MarginRate, string SegmentsName);

    /// <summary>The segment schemes by name.</summary>
    public static IRfmSegmentation? Segmentation(string name) => name.ToLowerInvariant() switch
    {
        "default" => RfmSegmentScheme.Default,
        "cn8" => HighLowSegmentation.Cn8,
        "cn8-en" => HighLowSegmentation.Cn8English,
        _ => null,
    };

    /// <summary>Runs the analysis and saves the snapshot.</summary>
    /// <exception cref="ArgumentException">The store holds no transactions up to the as-of day, or an option is out of range (the parameter name says which).</exception>
    public AnalysisRun Run(Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = pool.OpenDedicated();
        var asOf = settings.AsOf ?? store.LastTransactionDate()
            ?? throw new ArgumentException("The store holds no transactions; import some first.", "asOf");
        double margin = settings.MarginRate ?? (store.MarginRate(asOf) is { } stored && stored > 0 ? (double)Math.Min(1m, stored) : 1.0);
        var options = settings.Options with { MarginRate = margin };
        options.Validate();

        var accumulator = new CustomerSummaryAccumulator(new SummaryPeriod(asOf, settings.Unit), 1024, retainRows: false);
        var read = store.ReadPurchases(accumulator);
        var summaries = accumulator.Build(read.CustomerIds);
        if (summaries.Count == 0) throw new ArgumentException($"No customer bought on or before {asOf:yyyy-MM-dd}; choose a later as-of day.", "asOf");
        var rfm = CustomerScoring.ScoreRfm(summaries, options);
        var data = summaries.ToRepeatPurchaseData();
        var purchase = CustomerScoring.FitPurchaseModel(data, options);
        var spend = CustomerScoring.FitSpendModel(summaries, options);
        var scores = CustomerScoring.Predict(summaries, data, rfm, purchase, spend, options);

        var now = clock.GetUtcNow().UtcDateTime;
        string runId = $"{asOf:yyyyMMdd}-{now:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid().ToString("N")[..4]}";
        var json = new JsonObject
        {
            ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["unit"] = settings.Unit.ToString().ToLowerInvariant(),
            ["horizonMonths"] = options.HorizonMonths,
            ["monthlyDiscountRate"] = options.MonthlyDiscountRate,
            ["marginRate"] = margin,
            ["marginRateSource"] = settings.MarginRate is null ? "transactions" : "option",
            ["model"] = purchase.Name,
            ["segments"] = settings.SegmentsName,
            ["transactions"] = read.Rows,
            ["customers"] = scores.Count,
            ["source"] = "web",

            // Planning reads the fitted parameters back from the snapshot (SnapshotModel), as from 'clientele analyze'.
            ["purchaseModel"] = ModelJson(purchase.Parameters, purchase.Name),
            ["spendModel"] = ModelJson(spend.Parameters, null),
        };
        return store.SaveAnalysisSnapshot(runId, asOf, settings.Unit, json.ToJsonString(), AnalysisResult.From(scores), now);
    }

    private static JsonObject ModelJson(IReadOnlyList<Clientele.Analytics.Models.ParameterEstimate> parameters, string? name)
    {
        var node = new JsonObject();
        if (name is not null) node["model"] = name;
        foreach (var p in parameters) node[p.Name] = double.IsFinite(p.Value) ? p.Value : null;
        return node;
    }

    /// <summary>The purchase model named <paramref name="name"/>, or null.</summary>
    public static PurchaseModelKind? Model(string name) => name.ToLowerInvariant() switch
    {
        "bgnbd" or "bg/nbd" => PurchaseModelKind.BgNbd,
        "pnbd" or "paretonbd" or "pareto/nbd" => PurchaseModelKind.ParetoNbd,
        _ => null,
    };
}
