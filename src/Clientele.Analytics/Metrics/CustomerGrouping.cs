using System.Collections.Immutable;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Which group each customer (and each lead) belongs to when a measure is sliced by a customer dimension; every
/// measure is computed for all groups in one pass. Code −1 leaves a customer or lead out.
/// </summary>
public sealed class CustomerGrouping
{
    private CustomerGrouping(Dimension? dimension, ImmutableArray<string> labels, ImmutableArray<int> codes, ImmutableArray<int> leadCodes, bool leadsByGroup)
    {
        Dimension = dimension;
        Labels = labels;
        Codes = codes;
        LeadCodes = leadCodes;
        LeadsCoverGroups = leadsByGroup;
    }

    /// <summary>The label of the single group of <see cref="All"/>.</summary>
    public const string AllLabel = "all";

    /// <summary>The dimension, or null for one group of all customers.</summary>
    public Dimension? Dimension { get; }

    /// <summary>Group labels.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Number of groups.</summary>
    public int Count => Labels.Length;

    /// <summary>Per customer, its group (−1 = left out).</summary>
    public ImmutableArray<int> Codes { get; }

    /// <summary>
    /// Per lead, its group: by source channel when slicing by channel, else by the converted customer's group (−1
    /// for a lead that never converted).
    /// </summary>
    public ImmutableArray<int> LeadCodes { get; }

    /// <summary>
    /// Whether every lead, won or not, has a group (true for all customers and for the channel dimension); when
    /// false, conversion cannot be sliced: lost and open leads have no customer yet.
    /// </summary>
    public bool LeadsCoverGroups { get; }

    /// <summary>One group holding every customer and lead.</summary>
    public static CustomerGrouping All(MetricsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new CustomerGrouping(null, [AllLabel], MetricsCustomers.Wrap(new int[data.Customers.Count]), MetricsCustomers.Wrap(new int[data.Leads.Count]), true);
    }

    /// <summary>This grouping with the customers that <paramref name="keep"/> rejects left out (code −1); leads keep their groups.</summary>
    /// <exception cref="ArgumentException"><paramref name="keep"/> does not have one entry per customer.</exception>
    public CustomerGrouping Where(IReadOnlyList<bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        if (keep.Count != Codes.Length) throw new ArgumentException($"keep must have one entry per customer ({Codes.Length}).", nameof(keep));
        var codes = new int[Codes.Length];
        for (int c = 0; c < codes.Length; c++) codes[c] = keep[c] ? Codes[c] : -1;
        return new CustomerGrouping(Dimension, Labels, MetricsCustomers.Wrap(codes), LeadCodes, LeadsCoverGroups);
    }

    /// <summary>One group holding all <paramref name="customers"/> customers and no leads.</summary>
    internal static CustomerGrouping ByNothing(int customers) =>
        new(null, [AllLabel], MetricsCustomers.Wrap(new int[customers]), [], true);

    /// <summary>The customers grouped by <paramref name="dimension"/> (a customer dimension), groups ordered by label.</summary>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> slices time.</exception>
    public static CustomerGrouping By(MetricsData data, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(data);
        var column = data.Customers.Column(dimension);
        var labels = column.Labels.ToList();
        var leads = data.Leads;
        var leadCodes = new int[leads.Count];
        if (dimension == Metrics.Dimension.Channel)
        {
            // Leads group by their source channel, matched to the customers' acquisition channels without regard to
            // case; a channel only leads came through (all of them lost) becomes a group of its own.
            var leadLabelCode = new int[leads.SourceChannel.Labels.Length];
            for (int i = 0; i < leadLabelCode.Length; i++)
            {
                string label = leads.SourceChannel.Labels[i];
                int code = labels.FindIndex(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
                if (code < 0) { code = labels.Count; labels.Add(label); }
                leadLabelCode[i] = code;
            }

            for (int i = 0; i < leadCodes.Length; i++) leadCodes[i] = leadLabelCode[leads.SourceChannel.Codes[i]];
        }
        else
        {
            for (int i = 0; i < leadCodes.Length; i++) leadCodes[i] = leads.Customer[i] is >= 0 and var c ? column.Codes[c] : -1;
        }

        // Order groups by label (ordinal, "(none)" last) so output is stable whatever the customer order.
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => labels[i] == DimensionText.None ? 1 : 0).ThenBy(i => labels[i], StringComparer.Ordinal).ToArray();
        var remap = new int[labels.Count];
        for (int r = 0; r < order.Length; r++) remap[order[r]] = r;
        var codes = new int[data.Customers.Count];
        for (int i = 0; i < codes.Length; i++) codes[i] = remap[column.Codes[i]];
        for (int i = 0; i < leadCodes.Length; i++) leadCodes[i] = leadCodes[i] < 0 ? -1 : remap[leadCodes[i]];
        return new CustomerGrouping(
            dimension, [.. order.Select(i => labels[i])], MetricsCustomers.Wrap(codes), MetricsCustomers.Wrap(leadCodes), dimension == Metrics.Dimension.Channel);
    }
}
