using System.Collections.Immutable;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// The transactions aggregated per customer and day (the store does this in SQL), sorted by customer then day:
/// revenue (returns included), the margins the rows carry, the amount of the rows without a margin (to be valued
/// at the margin rate), and the number of orders (distinct order ids among the rows with a positive amount; a
/// row without an order id is its own order). A day with at least one order is a purchase day.
/// </summary>
public sealed class CustomerDays
{
    /// <summary>Builds the columns; all must have the same length and be sorted by customer, then day.</summary>
    /// <exception cref="ArgumentException">The lengths differ or the rows are not sorted.</exception>
    public CustomerDays(int[] customer, int[] day, double[] revenue, double[] knownMargin, double[] unmarginedAmount, int[] orders)
    {
        ArgumentNullException.ThrowIfNull(customer);
        int n = customer.Length;
        if (day?.Length != n || revenue?.Length != n || knownMargin?.Length != n || unmarginedAmount?.Length != n || orders?.Length != n)
        {
            throw new ArgumentException("Every column of the customer days must have the same length.", nameof(customer));
        }

        for (int i = 1; i < n; i++)
        {
            if (customer[i] < customer[i - 1] || (customer[i] == customer[i - 1] && day[i] <= day[i - 1]))
            {
                throw new ArgumentException($"Customer days must be sorted by customer, then day, one row per day (row {i}).", nameof(customer));
            }
        }

        Customer = MetricsCustomers.Wrap(customer);
        Day = MetricsCustomers.Wrap(day);
        Revenue = MetricsCustomers.Wrap(revenue);
        KnownMargin = MetricsCustomers.Wrap(knownMargin);
        UnmarginedAmount = MetricsCustomers.Wrap(unmarginedAmount);
        Orders = MetricsCustomers.Wrap(orders);
    }

    /// <summary>Number of rows.</summary>
    public int Count => Customer.Length;

    /// <summary>Customer index.</summary>
    public ImmutableArray<int> Customer { get; }

    /// <summary>Day number.</summary>
    public ImmutableArray<int> Day { get; }

    /// <summary>Σ amount.</summary>
    public ImmutableArray<double> Revenue { get; }

    /// <summary>Σ margin over the rows that carry one.</summary>
    public ImmutableArray<double> KnownMargin { get; }

    /// <summary>Σ amount over the rows without a margin.</summary>
    public ImmutableArray<double> UnmarginedAmount { get; }

    /// <summary>Distinct orders with a positive amount.</summary>
    public ImmutableArray<int> Orders { get; }

    /// <summary>Aggregates <paramref name="transactions"/> of the customers of <paramref name="index"/> (others are ignored).</summary>
    public static CustomerDays FromTransactions(IEnumerable<TransactionRecord> transactions, IReadOnlyDictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(index);
        var groups = new SortedDictionary<(int Customer, int Day), (double Revenue, double Margin, double Unmargined, HashSet<string> Orders)>();
        foreach (var t in transactions)
        {
            if (!index.TryGetValue(t.CustomerId, out int c)) continue;
            var key = (c, t.Date.DayNumber);
            if (!groups.TryGetValue(key, out var g)) g = (0, 0, 0, new HashSet<string>(StringComparer.Ordinal));
            g.Revenue += (double)t.Amount;
            if (t.Margin is { } m) g.Margin += (double)m;
            else g.Unmargined += (double)t.Amount;
            if (t.Amount > 0) g.Orders.Add(t.OrderId ?? "\0" + t.Id);
            groups[key] = g;
        }

        var rows = groups.ToArray();
        return new CustomerDays(
            rows.Select(r => r.Key.Customer).ToArray(), rows.Select(r => r.Key.Day).ToArray(), rows.Select(r => r.Value.Revenue).ToArray(),
            rows.Select(r => r.Value.Margin).ToArray(), rows.Select(r => r.Value.Unmargined).ToArray(), rows.Select(r => r.Value.Orders.Count).ToArray());
    }
}
