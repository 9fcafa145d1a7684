using Clientele.Analytics.Scoring;

namespace Clientele.Storage.Database;

/// <summary>
/// One customer's row of an analysis snapshot (<c>analysis_results</c>): the summary (Fader, Hardie &amp; Lee 2005, §2),
/// the RFM scores and segment, and the model predictions. Times are in the run's unit.
/// </summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Frequency">x: repeat purchase days.</param>
/// <param name="Recency">t_x: last − first purchase day.</param>
/// <param name="Age">T: as-of day − first purchase day.</param>
/// <param name="MonetaryValue">z̄: mean amount of the repeat purchase days (0 when x = 0).</param>
/// <param name="Revenue">All amounts up to the as-of day, returns included.</param>
/// <param name="RecencyScore">R, 1–5.</param>
/// <param name="FrequencyScore">F, 1–5.</param>
/// <param name="MonetaryScore">M, 1–5.</param>
/// <param name="RfmComposite">wR·R + wF·F + wM·M.</param>
/// <param name="Segment">The RFM segment name.</param>
/// <param name="ProbabilityAlive">P(alive) as of the as-of day.</param>
/// <param name="ExpectedPurchases">Expected purchases over the CLV horizon.</param>
/// <param name="ExpectedSpend">Expected spend per future purchase (Gamma-Gamma conditional mean).</param>
/// <param name="Clv">Discounted customer lifetime value over the horizon.</param>
public readonly record struct AnalysisResult(
    string CustomerId,
    double Frequency,
    double Recency,
    double Age,
    double MonetaryValue,
    decimal Revenue,
    int RecencyScore,
    int FrequencyScore,
    int MonetaryScore,
    double RfmComposite,
    string Segment,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double ExpectedSpend,
    double Clv)
{
    /// <summary>
    /// The rows of <paramref name="scores"/>, customer by customer. Revenue is rounded to the store's 4 decimal places:
    /// the summary sums amounts in double precision, and the amounts themselves have at most 4.
    /// </summary>
    /// <exception cref="ArgumentNullException">The scores are null.</exception>
    public static IEnumerable<AnalysisResult> From(CustomerScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        for (int i = 0; i < scores.Count; i++)
        {
            var s = scores.Summaries;
            var rfm = scores.Rfm;
            yield return new AnalysisResult(
                s.Ids[i], s.Frequency[i], s.Recency[i], s.T[i], s.MonetaryValue[i], Math.Round((decimal)s.TotalRevenue[i], StoredDecimal.Scale),
                rfm.Recency[i], rfm.Frequency[i], rfm.Monetary[i], rfm.Composite[i], rfm.Segment(i),
                scores.ProbabilityAlive.Span[i], scores.ExpectedPurchases.Span[i], scores.ExpectedSpend.Span[i], scores.Clv.Span[i]);
        }
    }
}
