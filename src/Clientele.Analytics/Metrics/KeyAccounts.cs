namespace Clientele.Analytics.Metrics;

/// <summary>The key accounts: the fewest top customers by period revenue that together make at least 80% of it.</summary>
/// <param name="CustomerIds">Their ids, largest revenue first.</param>
/// <param name="CustomerShare">Their share of the customers with revenue &gt; 0.</param>
/// <param name="RevenueShare">Their share of period revenue.</param>
public sealed record KeyAccounts(IReadOnlyList<string> CustomerIds, double CustomerShare, double RevenueShare)
{
    /// <summary>The share of value key accounts make up together.</summary>
    public const double ValueShare = 0.8;
}
