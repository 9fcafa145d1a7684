using Clientele.Analytics.Clv;
using Clientele.Analytics.Models;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Summary;

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
    /// P(alive), expected purchases over the horizon, expected spend and CLV for every customer.
    /// CLV follows <see cref="CustomerLifetimeValue"/>: margin · E[spend] · Σ_{k=1..H} (E[Y(k·m)] − E[Y((k−1)·m)]) / (1 + d)^k,
    /// with m one month (365.25/12 days) in the summary's time unit. Model quantities are computed once per
    /// distinct (x, t_x, T) row; expected spend (Gamma-Gamma) once per customer.
    /// </summary>
    public static CustomerScores Predict(
        CustomerSummaries summaries, RepeatPurchaseData data, RfmScores rfm, IRepeatPurchaseModel purchaseModel,
        GammaGammaModel spendModel, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(purchaseModel);
        ArgumentNullException.ThrowIfNull(spendModel);
        options.Validate();
        if (data.RowOfCustomer is not { } rowOf || rowOf.Length != summaries.Count)
        {
            throw new ArgumentException("The repeat-purchase data must be compressed from these summaries.", nameof(data));
        }

        var clvOptions = ClvOptions.For(summaries.Period.Unit) with
        {
            HorizonMonths = options.HorizonMonths,
            MonthlyDiscountRate = options.MonthlyDiscountRate,
            MarginRate = options.MarginRate,
        };
        double horizon = clvOptions.HorizonMonths * clvOptions.MonthLength;

        int rows = data.Count;
        var rowAlive = new double[rows];
        var rowExpected = new double[rows];
        if (purchaseModel is BgNbdModel bgNbd)
        {
            bgNbd.ProbabilityAlive(data, rowAlive);
            bgNbd.ConditionalExpectedPurchases(horizon, data, rowExpected);
        }
        else
        {
            Parallel.For(0, (rows + 1023) / 1024, block =>
            {
                int end = Math.Min(rows, (block + 1) * 1024);
                for (int i = block * 1024; i < end; i++)
                {
                    rowAlive[i] = purchaseModel.ProbabilityAlive(data.Frequency[i], data.Recency[i], data.Age[i]);
                    rowExpected[i] = purchaseModel.ConditionalExpectedPurchases(horizon, data.Frequency[i], data.Recency[i], data.Age[i]);
                }
            });
        }

        int n = summaries.Count;
        var spend = new double[n];
        // Net returns leave no positive mean spend; the spend model counts such evidence as zero spend.
        spendModel.ConditionalExpectedSpend(summaries.Frequency, summaries.MonetaryValue, spend);
        var clv = new double[n];
        CustomerLifetimeValue.Compute(purchaseModel, data, spend, clvOptions, clv);

        var alive = new double[n];
        var expected = new double[n];
        for (int c = 0; c < n; c++)
        {
            alive[c] = rowAlive[rowOf[c]];
            expected[c] = rowExpected[rowOf[c]];
        }

        return new CustomerScores(summaries, rfm, purchaseModel, spendModel, alive, expected, spend, clv, options);
    }
}
