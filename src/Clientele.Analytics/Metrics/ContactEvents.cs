using System.Collections.Immutable;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// The interactions the measures count, per customer and day: complaints (complaint rate) and campaign touches
/// (the customers a campaign reached, for charging campaign costs). Rows in any order.
/// </summary>
public sealed class ContactEvents
{
    /// <summary>Builds the columns; all must have the same length.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public ContactEvents(int[] customer, int[] day, int[] complaints, int[] campaignTouches)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (day?.Length != customer.Length || complaints?.Length != customer.Length || campaignTouches?.Length != customer.Length)
        {
            throw new ArgumentException("Every column of the contact events must have the same length.", nameof(customer));
        }

        Customer = MetricsCustomers.Wrap(customer);
        Day = MetricsCustomers.Wrap(day);
        Complaints = MetricsCustomers.Wrap(complaints);
        CampaignTouches = MetricsCustomers.Wrap(campaignTouches);
    }

    /// <summary>Number of rows.</summary>
    public int Count => Customer.Length;

    /// <summary>Customer index.</summary>
    public ImmutableArray<int> Customer { get; }

    /// <summary>Day number.</summary>
    public ImmutableArray<int> Day { get; }

    /// <summary>Complaint interactions that day.</summary>
    public ImmutableArray<int> Complaints { get; }

    /// <summary>Campaign-touch interactions that day.</summary>
    public ImmutableArray<int> CampaignTouches { get; }

    /// <summary>Counts the complaints and campaign touches of <paramref name="interactions"/> (other kinds and unknown customers are ignored).</summary>
    public static ContactEvents FromInteractions(IEnumerable<Interaction> interactions, IReadOnlyDictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(index);
        var groups = new SortedDictionary<(int, int), (int Complaints, int Touches)>();
        foreach (var x in interactions)
        {
            if (x.Kind is not (InteractionKind.Complaint or InteractionKind.CampaignTouch) || !index.TryGetValue(x.CustomerId, out int c)) continue;
            groups.TryGetValue((c, x.Date.DayNumber), out var g);
            if (x.Kind == InteractionKind.Complaint) g.Complaints++;
            else g.Touches++;
            groups[(c, x.Date.DayNumber)] = g;
        }

        var rows = groups.ToArray();
        return new ContactEvents(
            rows.Select(r => r.Key.Item1).ToArray(), rows.Select(r => r.Key.Item2).ToArray(),
            rows.Select(r => r.Value.Complaints).ToArray(), rows.Select(r => r.Value.Touches).ToArray());
    }
}
