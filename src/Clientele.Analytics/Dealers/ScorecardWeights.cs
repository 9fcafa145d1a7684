using System.Globalization;

namespace Clientele.Analytics.Dealers;

/// <summary>
/// The weights of the dealer score (docs/metrics-risk.md). Defaults: sales 0.25, growth 0.20, market share 0.15,
/// customers 0.10, satisfaction 0.15, complaints 0.10, coverage 0.05 (sum 1). Weights need not sum to 1: the score
/// divides by the sum of the weights of the metrics a dealer has.
/// </summary>
/// <param name="Sales">Weight of sales.</param>
/// <param name="Growth">Weight of growth.</param>
/// <param name="MarketShare">Weight of market share.</param>
/// <param name="Customers">Weight of customers served.</param>
/// <param name="Satisfaction">Weight of satisfaction.</param>
/// <param name="Complaints">Weight of the complaint rate (inverted: fewer is better).</param>
/// <param name="Coverage">Weight of coverage.</param>
public sealed record ScorecardWeights(
    double Sales = 0.25,
    double Growth = 0.20,
    double MarketShare = 0.15,
    double Customers = 0.10,
    double Satisfaction = 0.15,
    double Complaints = 0.10,
    double Coverage = 0.05)
{
    /// <summary>The documented default weights.</summary>
    public static ScorecardWeights Default { get; } = new();

    /// <summary>The weight of <paramref name="metric"/>.</summary>
    public double Of(ScorecardMetric metric) => metric switch
    {
        ScorecardMetric.Sales => Sales,
        ScorecardMetric.Growth => Growth,
        ScorecardMetric.MarketShare => MarketShare,
        ScorecardMetric.Customers => Customers,
        ScorecardMetric.Satisfaction => Satisfaction,
        ScorecardMetric.Complaints => Complaints,
        ScorecardMetric.Coverage => Coverage,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown scorecard metric."),
    };

    /// <summary>The command-line name of <paramref name="metric"/>: sales, growth, share, customers, satisfaction, complaints, coverage.</summary>
    public static string Name(ScorecardMetric metric) => metric == ScorecardMetric.MarketShare ? "share" : metric.ToString().ToLowerInvariant();

    /// <summary>
    /// Weights from text such as "sales=0.3,growth=0.2,share=0.2". The weights given are the whole set: a metric not
    /// named gets weight 0 (so what you type is what is scored).
    /// </summary>
    /// <exception cref="FormatException">An item is not name=number, names an unknown metric or repeats one.</exception>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or all are zero.</exception>
    public static ScorecardWeights Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var given = new Dictionary<ScorecardMetric, double>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double weight))
            {
                throw new FormatException($"weight '{item}' is not name=number, e.g. sales=0.3");
            }

            var metric = Enum.GetValues<ScorecardMetric>().Cast<ScorecardMetric?>().FirstOrDefault(m => string.Equals(Name(m!.Value), parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"'{parts[0]}' is not a scorecard metric; use {string.Join(", ", Enum.GetValues<ScorecardMetric>().Select(Name))}");
            if (!given.TryAdd(metric, weight)) throw new FormatException($"the weight of {Name(metric)} is given twice");
        }

        var weights = new ScorecardWeights(
            given.GetValueOrDefault(ScorecardMetric.Sales), given.GetValueOrDefault(ScorecardMetric.Growth), given.GetValueOrDefault(ScorecardMetric.MarketShare),
            given.GetValueOrDefault(ScorecardMetric.Customers), given.GetValueOrDefault(ScorecardMetric.Satisfaction),
            given.GetValueOrDefault(ScorecardMetric.Complaints), given.GetValueOrDefault(ScorecardMetric.Coverage));
        weights.Validate();
        return weights;
    }

    /// <summary>Throws unless every weight is finite and ≥ 0 and at least one is positive.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or all are zero.</exception>
    public void Validate()
    {
        foreach (var metric in Enum.GetValues<ScorecardMetric>())
        {
            double w = Of(metric);
            if (!double.IsFinite(w) || w < 0) throw new ArgumentException($"The weight of {Name(metric)} must be a finite number ≥ 0, not {w.ToString(CultureInfo.InvariantCulture)}.", nameof(ScorecardWeights));
        }

        if (Enum.GetValues<ScorecardMetric>().All(m => Of(m) == 0)) throw new ArgumentException("At least one scorecard weight must be positive.", nameof(ScorecardWeights));
    }
}
