using System.Collections.Immutable;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Leads, columnar: created and closed day (<see cref="MetricsCustomers.NoDay"/> while open), outcome, source
/// channel and the customer once converted (−1 before).
/// </summary>
public sealed class LeadRecords
{
    /// <summary>Builds the columns; all must have the same length.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public LeadRecords(int[] created, int[] closed, LeadOutcome[] outcome, string?[] sourceChannel, int[] customer)
    {
        ArgumentNullException.ThrowIfNull(created);
        int n = created.Length;
        if (closed?.Length != n || outcome?.Length != n || sourceChannel?.Length != n || customer?.Length != n)
        {
            throw new ArgumentException("Every column of the leads must have the same length.", nameof(created));
        }

        Created = MetricsCustomers.Wrap(created);
        Closed = MetricsCustomers.Wrap(closed);
        Outcome = MetricsCustomers.Wrap(outcome);
        SourceChannel = CategoryColumn.From(sourceChannel);
        Customer = MetricsCustomers.Wrap(customer);
    }

    /// <summary>Number of leads.</summary>
    public int Count => Created.Length;

    /// <summary>Day number created.</summary>
    public ImmutableArray<int> Created { get; }

    /// <summary>Day number closed, or <see cref="MetricsCustomers.NoDay"/>.</summary>
    public ImmutableArray<int> Closed { get; }

    /// <summary>Outcome.</summary>
    public ImmutableArray<LeadOutcome> Outcome { get; }

    /// <summary>Source channel.</summary>
    public CategoryColumn SourceChannel { get; }

    /// <summary>The converted customer's index, or −1.</summary>
    public ImmutableArray<int> Customer { get; }

    /// <summary>Columnar view of <paramref name="leads"/>; a customer id that is not in <paramref name="index"/> counts as not converted.</summary>
    public static LeadRecords FromLeads(IEnumerable<Lead> leads, IReadOnlyDictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(index);
        var list = leads.ToList();
        return new LeadRecords(
            list.Select(l => l.Created.DayNumber).ToArray(), list.Select(l => l.ClosedOn?.DayNumber ?? MetricsCustomers.NoDay).ToArray(),
            list.Select(l => l.Outcome).ToArray(), list.Select(l => l.SourceChannel).ToArray(),
            list.Select(l => l.CustomerId is { } id && index.TryGetValue(id, out int c) ? c : -1).ToArray());
    }
}
