using Clientele.Domain;

namespace Clientele.Analytics.Summary;

/// <summary>Builds <see cref="CustomerSummaries"/> from <see cref="Transaction"/> values.</summary>
public static class CustomerSummaryBuilder
{
    /// <summary>
    /// Summarizes <paramref name="transactions"/> as of <paramref name="period"/>. Customer ids are
    /// interned in order of first appearance, which is the order of the table's rows.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A transaction has a null customer id.</exception>
    public static CustomerSummaries FromTransactions(IEnumerable<Transaction> transactions, SummaryPeriod period)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(period);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var accumulator = new CustomerSummaryAccumulator(period);
        foreach (var t in transactions)
        {
            if (t.CustomerId is null)
            {
                throw new ArgumentException("A transaction has no customer id.", nameof(transactions));
            }

            if (!index.TryGetValue(t.CustomerId, out int customer))
            {
                customer = ids.Count;
                index.Add(t.CustomerId, customer);
                ids.Add(t.CustomerId);
            }

            accumulator.Add(customer, t.Date.DayNumber, (double)t.Amount);
        }

        return accumulator.Build(ids);
    }
}
