using Clientele.Analytics.Models;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Scoring;

/// <summary>
/// From customer summaries to scores: RFM, the repeat-purchase and spend models, P(alive), expected
/// purchases and spend, and discounted CLV. Split into steps so callers can time and report each.
/// Predictions are computed once per distinct (x, t_x, T) row and then spread to customers.
/// </summary>
public static class CustomerScoring
{
    /// <summary>Fits the chosen repeat-purchase model on the compressed summary rows.</summary>
    /// <exception cref="ModelFitException">The model could not be fitted.</exception>
    public static IRepeatPurchaseModel FitPurchaseModel(RepeatPurchaseData data, ScoringOptions options) => options.Model switch
    {
        PurchaseModelKind.BgNbd => BgNbd.Fit(data, options.Fit),
        PurchaseModelKind.ParetoNbd => ParetoNbd.Fit(data, options.Fit),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Model, "Unknown purchase model."),
    };

    /// <summary>Fits Gamma-Gamma on the repeat customers' mean spend.</summary>
    /// <exception cref="ModelFitException">The model could not be fitted (e.g. too few repeat customers).</exception>
    public static GammaGammaModel FitSpendModel(CustomerSummaries summaries, ScoringOptions options) =>
        GammaGamma.Fit(summaries.Frequency, summaries.MonetaryValue, options.Fit);

    /// <summary>RFM scores and segments.</summary>
    public static RfmScores ScoreRfm(CustomerSummaries summaries, ScoringOptions options) =>
        RfmScorer.Score(summaries, options.Weights, options.Segmentation);

    /// <summary>
    /// P(alive), expected purchases over the horizon, expected spend and CLV for every customer:
    /// CLV = margin · E[spend] · Σ_{k=1..H} (E[Y(k·m)] − E[Y((k−1)·m)]) / (1 + d)^k, with m one month in
    /// the summary's time unit (365.25/12 days) and E[Y(t)] the conditional expected purchases in (T, T + t].
    /// </summary>
    public static CustomerScores Predict(
        CustomerSummaries summaries, RepeatPurchaseData data, RfmScores rfm, IRepeatPurchaseModel purchaseModel,
        GammaGammaModel spendModel, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(data);
        options.Validate();
        if (data.RowOfCustomer is null || data.RowOfCustomer.Length != summaries.Count)
        {
            throw new ArgumentException("The repeat-purchase data must be compressed from these summaries.", nameof(data));
        }

        double month = TimeUnit.Month.Days() / summaries.Period.Unit.Days();
        int horizon = options.HorizonMonths;
        var discount = new double[horizon + 1];
        for (int k = 1; k <= horizon; k++) discount[k] = Math.Pow(1 + options.MonthlyDiscountRate, -k);

        // Per distinct row: P(alive), E[Y(H months)] and the discounted purchase stream Σ ΔE_k / (1+d)^k.
        int rows = data.Count;
        var rowAlive = new double[rows];
        var rowExpected = new double[rows];
        var rowDiscounted = new double[rows];
        Parallel.For(0, (rows + 1023) / 1024, block =>
        {
            int end = Math.Min(rows, (block + 1) * 1024);
            for (int i = block * 1024; i < end; i++)
            {
                double x = data.Frequency[i], tx = data.Recency[i], t = data.Age[i];
                rowAlive[i] = purchaseModel.ProbabilityAlive(x, tx, t);
                double previous = 0, stream = 0;
                for (int k = 1; k <= horizon; k++)
                {
                    double cumulative = purchaseModel.ConditionalExpectedPurchases(k * month, x, tx, t);
                    stream += (cumulative - previous) * discount[k];
                    previous = cumulative;
                }

                rowExpected[i] = previous;
                rowDiscounted[i] = stream;
            }
        });

        int n = summaries.Count;
        var alive = new double[n];
        var expected = new double[n];
        var spend = new double[n];
        var clv = new double[n];
        var rowOf = data.RowOfCustomer;
        var frequency = summaries.Frequency;
        var monetary = summaries.MonetaryValue;
        for (int c = 0; c < n; c++)
        {
            int row = rowOf[c];
            alive[c] = rowAlive[row];
            expected[c] = rowExpected[row];
            // A repeat customer whose returns outweigh purchases has no positive mean spend: its own
            // evidence then counts as zero spend, which shrinks its estimate below the population mean.
            double zbar = Math.Max(monetary[c], 0);
            spend[c] = spendModel.ConditionalExpectedSpend(frequency[c], zbar);
            clv[c] = options.MarginRate * spend[c] * rowDiscounted[row];
        }

        return new CustomerScores(summaries, rfm, purchaseModel, spendModel, alive, expected, spend, clv, options);
    }
}
