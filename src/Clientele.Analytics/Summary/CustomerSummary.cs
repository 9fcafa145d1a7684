namespace Clientele.Analytics.Summary;

/// <summary>
/// One customer's row of <see cref="CustomerSummaries"/>. Times are in the period's unit.
/// </summary>
/// <param name="Id">The customer's external id.</param>
/// <param name="Frequency">x: distinct calibration purchase days − 1.</param>
/// <param name="Recency">t_x: last calibration purchase day − first purchase day.</param>
/// <param name="T">Age: calibration end − first purchase day.</param>
/// <param name="MonetaryValue">Mean amount of the repeat calibration purchase days (same-day amounts summed); 0 when x = 0.</param>
/// <param name="TotalRevenue">Sum of all amounts up to the observation end (calibration and holdout).</param>
/// <param name="PurchaseDays">Distinct purchase days up to the observation end.</param>
/// <param name="TransactionCount">Input rows up to the observation end (before same-day merging).</param>
/// <param name="FirstPurchase">The first purchase day.</param>
/// <param name="LastPurchase">The last purchase day up to the observation end.</param>
/// <param name="HoldoutFrequency">x*: distinct purchase days in the holdout; null without a holdout.</param>
/// <param name="HoldoutRevenue">Sum of holdout amounts; null without a holdout.</param>
public sealed record CustomerSummary(
    string Id,
    double Frequency,
    double Recency,
    double T,
    double MonetaryValue,
    double TotalRevenue,
    int PurchaseDays,
    int TransactionCount,
    DateOnly FirstPurchase,
    DateOnly LastPurchase,
    double? HoldoutFrequency,
    double? HoldoutRevenue);
