using Clientele.Analytics.Models;
using Clientele.Analytics.Rfm;
using Clientele.Analytics.Summary;

namespace Clientele.Analytics.Scoring;

/// <summary>
/// Every customer's summary, RFM scores and model predictions, column by column (row i of every
/// column is the customer <c>Summaries.Ids[i]</c>). Immutable.
/// </summary>
public sealed class CustomerScores
{
    internal CustomerScores(
        CustomerSummaries summaries, RfmScores rfm, IRepeatPurchaseModel purchaseModel, GammaGammaModel spendModel,
        double[] probabilityAlive, double[] expectedPurchases, double[] expectedSpend, double[] clv, ScoringOptions options)
    {
        Summaries = summaries;
        Rfm = rfm;
        PurchaseModel = purchaseModel;
        SpendModel = spendModel;
        ProbabilityAlive = probabilityAlive;
        ExpectedPurchases = expectedPurchases;
        ExpectedSpend = expectedSpend;
        Clv = clv;
        Options = options;
    }

    /// <summary>The per-customer summaries the scores were computed from.</summary>
    public CustomerSummaries Summaries { get; }

    /// <summary>RFM scores and segments.</summary>
    public RfmScores Rfm { get; }

    /// <summary>The fitted repeat-purchase model.</summary>
    public IRepeatPurchaseModel PurchaseModel { get; }

    /// <summary>The fitted Gamma-Gamma spend model.</summary>
    public GammaGammaModel SpendModel { get; }

    /// <summary>P(alive) as of the observation end.</summary>
    public ReadOnlyMemory<double> ProbabilityAlive { get; }

    /// <summary>Expected purchases over the CLV horizon.</summary>
    public ReadOnlyMemory<double> ExpectedPurchases { get; }

    /// <summary>Expected spend per future transaction (Gamma-Gamma conditional mean).</summary>
    public ReadOnlyMemory<double> ExpectedSpend { get; }

    /// <summary>Discounted customer lifetime value over the horizon.</summary>
    public ReadOnlyMemory<double> Clv { get; }

    /// <summary>The options used.</summary>
    public ScoringOptions Options { get; }

    /// <summary>The number of customers.</summary>
    public int Count => Summaries.Count;
}
