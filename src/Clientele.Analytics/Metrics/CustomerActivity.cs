namespace Clientele.Analytics.Metrics;

/// <summary>
/// Each customer's transactions in one period: revenue, margin, orders, purchase days and whether it was active
/// (at least one transaction in the period). Margin = the rows' own margins plus the rows without one valued at
/// the margin rate; unknown (NaN) when such rows exist and no rate is known.
/// </summary>
public sealed class CustomerActivity
{
    private readonly double[] revenue, margin;
    private readonly int[] orders, purchaseDays;
    private readonly bool[] active;

    private CustomerActivity(MetricPeriod period, double[] revenue, double[] margin, int[] orders, int[] purchaseDays, bool[] active)
    {
        Period = period;
        this.revenue = revenue;
        this.margin = margin;
        this.orders = orders;
        this.purchaseDays = purchaseDays;
        this.active = active;
    }

    /// <summary>The period.</summary>
    public MetricPeriod Period { get; }

    /// <summary>Revenue per customer (returns included).</summary>
    public ReadOnlySpan<double> Revenue => revenue;

    /// <summary>Gross margin per customer; NaN when unknown.</summary>
    public ReadOnlySpan<double> Margin => margin;

    /// <summary>Orders per customer.</summary>
    public ReadOnlySpan<int> Orders => orders;

    /// <summary>Purchase days (days with at least one order) per customer.</summary>
    public ReadOnlySpan<int> PurchaseDays => purchaseDays;

    /// <summary>Whether each customer had at least one transaction in the period.</summary>
    public ReadOnlySpan<bool> Active => active;

    /// <summary>One pass over <see cref="MetricsData.Days"/> for <paramref name="period"/>.</summary>
    public static CustomerActivity Compute(MetricsData data, MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        int n = data.Customers.Count;
        var revenue = new double[n];
        var margin = new double[n];
        var unmargined = new double[n];
        var orders = new int[n];
        var purchaseDays = new int[n];
        var active = new bool[n];
        var d = data.Days;
        var customer = d.Customer.AsSpan();
        var day = d.Day.AsSpan();
        int from = period.FromDay, to = period.ToDay;
        for (int i = 0; i < customer.Length; i++)
        {
            if (day[i] < from || day[i] > to) continue;
            int c = customer[i];
            active[c] = true;
            revenue[c] += d.Revenue[i];
            margin[c] += d.KnownMargin[i];
            unmargined[c] += d.UnmarginedAmount[i];
            orders[c] += d.Orders[i];
            if (d.Orders[i] > 0) purchaseDays[c]++;
        }

        for (int c = 0; c < n; c++)
        {
            if (unmargined[c] != 0) margin[c] = data.MarginRate is { } rate ? margin[c] + rate * unmargined[c] : double.NaN;
        }

        return new CustomerActivity(period, revenue, margin, orders, purchaseDays, active);
    }
}
