using System.Collections;
using Clientele.Analytics.Models;

namespace Clientele.Analytics.Summary;

/// <summary>
/// The per-customer summary of a transaction log as a columnar, immutable table: one entry per
/// customer of the calibration cohort (first purchase on or before the calibration end), in the
/// order of the accumulator's dense customer index. Frequency, recency and T follow Fader, Hardie
/// &amp; Lee (2005) "Counting your customers the easy way", §2: same-day purchases form one
/// transaction, x = repeat purchase days in calibration, t_x and T in the period's unit.
/// Enumerate or index it to get <see cref="CustomerSummary"/> rows.
/// </summary>
public sealed class CustomerSummaries : IReadOnlyList<CustomerSummary>
{
    private readonly string[] _ids;
    private readonly double[] _frequency;
    private readonly double[] _recency;
    private readonly double[] _t;
    private readonly double[] _monetary;
    private readonly double[] _totalRevenue;
    private readonly int[] _purchaseDays;
    private readonly int[] _transactionCount;
    private readonly DateOnly[] _firstPurchase;
    private readonly DateOnly[] _lastPurchase;
    private readonly double[] _holdoutFrequency;
    private readonly double[] _holdoutRevenue;
    private readonly int[] _dailyRepeatPurchases;

    internal CustomerSummaries(
        SummaryPeriod period,
        string[] ids,
        double[] frequency,
        double[] recency,
        double[] t,
        double[] monetary,
        double[] totalRevenue,
        int[] purchaseDays,
        int[] transactionCount,
        DateOnly[] firstPurchase,
        DateOnly[] lastPurchase,
        double[] holdoutFrequency,
        double[] holdoutRevenue,
        DateOnly dailyStart,
        int[] dailyRepeatPurchases,
        long ignoredRows,
        int customersAcquiredInHoldout)
    {
        Period = period;
        _ids = ids;
        _frequency = frequency;
        _recency = recency;
        _t = t;
        _monetary = monetary;
        _totalRevenue = totalRevenue;
        _purchaseDays = purchaseDays;
        _transactionCount = transactionCount;
        _firstPurchase = firstPurchase;
        _lastPurchase = lastPurchase;
        _holdoutFrequency = holdoutFrequency;
        _holdoutRevenue = holdoutRevenue;
        DailyRepeatPurchasesStart = dailyStart;
        _dailyRepeatPurchases = dailyRepeatPurchases;
        IgnoredRows = ignoredRows;
        CustomersAcquiredInHoldout = customersAcquiredInHoldout;
    }

    /// <summary>The window and unit the summary describes.</summary>
    public SummaryPeriod Period { get; }

    /// <summary>The number of customers in the table (the calibration cohort).</summary>
    public int Count => _ids.Length;

    /// <summary>Customer ids.</summary>
    public ReadOnlySpan<string> Ids => _ids;

    /// <summary>x: distinct calibration purchase days − 1.</summary>
    public ReadOnlySpan<double> Frequency => _frequency;

    /// <summary>t_x: (last − first calibration purchase day) in the period's unit.</summary>
    public ReadOnlySpan<double> Recency => _recency;

    /// <summary>T: (calibration end − first purchase day) in the period's unit.</summary>
    public ReadOnlySpan<double> T => _t;

    /// <summary>Mean amount of the repeat calibration purchase days (all but the first, same-day amounts summed); 0 when x = 0.</summary>
    public ReadOnlySpan<double> MonetaryValue => _monetary;

    /// <summary>Sum of all amounts (returns included) up to the observation end.</summary>
    public ReadOnlySpan<double> TotalRevenue => _totalRevenue;

    /// <summary>Distinct purchase days up to the observation end (calibration and holdout).</summary>
    public ReadOnlySpan<int> PurchaseDays => _purchaseDays;

    /// <summary>Input rows up to the observation end, before same-day merging.</summary>
    public ReadOnlySpan<int> TransactionCount => _transactionCount;

    /// <summary>First purchase day.</summary>
    public ReadOnlySpan<DateOnly> FirstPurchase => _firstPurchase;

    /// <summary>Last purchase day up to the observation end (may lie in the holdout).</summary>
    public ReadOnlySpan<DateOnly> LastPurchase => _lastPurchase;

    /// <summary>x*: distinct purchase days in the holdout; empty when the period has no holdout.</summary>
    public ReadOnlySpan<double> HoldoutFrequency => _holdoutFrequency;

    /// <summary>Sum of holdout amounts; empty when the period has no holdout.</summary>
    public ReadOnlySpan<double> HoldoutRevenue => _holdoutRevenue;

    /// <summary>The date of <see cref="DailyRepeatPurchases"/>[0]: the cohort's earliest first purchase.</summary>
    public DateOnly DailyRepeatPurchasesStart { get; }

    /// <summary>
    /// For each day from <see cref="DailyRepeatPurchasesStart"/> to the observation end, the number of
    /// cohort customers with a repeat purchase that day (a purchase day that is not the customer's first;
    /// same-day purchases count once). Covers calibration and holdout.
    /// </summary>
    public ReadOnlySpan<int> DailyRepeatPurchases => _dailyRepeatPurchases;

    /// <summary>Input rows dated after the observation end, which were ignored.</summary>
    public long IgnoredRows { get; }

    /// <summary>Customers whose first purchase falls after the calibration end: not in the table.</summary>
    public int CustomersAcquiredInHoldout { get; }

    /// <summary>One customer's row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..Count−1.</exception>
    public CustomerSummary this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            bool holdout = Period.HasHoldout;
            return new CustomerSummary(
                _ids[index], _frequency[index], _recency[index], _t[index], _monetary[index], _totalRevenue[index],
                _purchaseDays[index], _transactionCount[index], _firstPurchase[index], _lastPurchase[index],
                holdout ? _holdoutFrequency[index] : null,
                holdout ? _holdoutRevenue[index] : null);
        }
    }

    /// <summary>Compresses (x, t_x, T) into the weighted rows the BG/NBD and Pareto/NBD fitters take.</summary>
    public RepeatPurchaseData ToRepeatPurchaseData() => RepeatPurchaseData.Compress(_frequency, _recency, _t);

    /// <inheritdoc />
    public IEnumerator<CustomerSummary> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
