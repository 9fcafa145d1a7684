using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// The customers the measures run over, columnar: index i is the i-th customer everywhere (transactions, surveys,
/// …). Holds the attributes the measures slice by, the acquisition day, CLV and control-group membership.
/// </summary>
public sealed class MetricsCustomers
{
    /// <summary>The attribute key that puts a customer in the control group of incremental ROI.</summary>
    public const string GroupAttribute = "group";

    /// <summary>The value of <see cref="GroupAttribute"/> that marks a control-group customer (case-insensitive).</summary>
    public const string ControlGroupValue = "control";

    /// <summary>Marks "no day" in day-number columns.</summary>
    public const int NoDay = int.MinValue;

    private readonly Dictionary<Dimension, CategoryColumn> columns;
    private Dictionary<string, int>? index;

    private MetricsCustomers(ImmutableArray<string> ids, ImmutableArray<int> acquiredDay, ImmutableArray<double> clv, ImmutableArray<bool> control, Dictionary<Dimension, CategoryColumn> columns)
    {
        Ids = ids;
        AcquiredDay = acquiredDay;
        Clv = clv;
        InControlGroup = control;
        this.columns = columns;
    }

    /// <summary>Number of customers.</summary>
    public int Count => Ids.Length;

    /// <summary>External ids.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Day number the customer was acquired (its acquired-on day, else its first purchase), or <see cref="NoDay"/>.</summary>
    public ImmutableArray<int> AcquiredDay { get; }

    /// <summary>CLV of the latest analysis snapshot; NaN when the customer was not analyzed.</summary>
    public ImmutableArray<double> Clv { get; }

    /// <summary>Whether the customer is in the control group (attribute <c>group=control</c>).</summary>
    public ImmutableArray<bool> InControlGroup { get; }

    /// <summary>The customers' labels for a customer dimension (segment, tier, dealer, region, industry, size, channel).</summary>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> slices time, not customers.</exception>
    public CategoryColumn Column(Dimension dimension) =>
        columns.TryGetValue(dimension, out var column)
            ? column
            : throw new ArgumentException($"{DimensionText.ToText(dimension)} slices time, not customers.", nameof(dimension));

    /// <summary>
    /// Builds the table; every list has one entry per customer. The tier column is derived from
    /// <paramref name="clv"/> by <see cref="ValueTiers.Assign"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A list is missing or its length differs from <paramref name="ids"/>.</exception>
    public static MetricsCustomers Create(
        IReadOnlyList<string> ids, IReadOnlyList<int> acquiredDay, IReadOnlyList<string?> segment, IReadOnlyList<double> clv,
        IReadOnlyList<string?> dealer, IReadOnlyList<string?> region, IReadOnlyList<string?> industry, IReadOnlyList<string?> size,
        IReadOnlyList<string?> channel, IReadOnlyList<bool> controlGroup)
    {
        ArgumentNullException.ThrowIfNull(ids);
        int n = ids.Count;
        void Check<T>(IReadOnlyList<T> list, string name)
        {
            if (list is null || list.Count != n) throw new ArgumentException($"{name} must have one entry per customer ({n}).", name);
        }

        Check(acquiredDay, nameof(acquiredDay));
        Check(segment, nameof(segment));
        Check(clv, nameof(clv));
        Check(dealer, nameof(dealer));
        Check(region, nameof(region));
        Check(industry, nameof(industry));
        Check(size, nameof(size));
        Check(channel, nameof(channel));
        Check(controlGroup, nameof(controlGroup));
        var columns = new Dictionary<Dimension, CategoryColumn>
        {
            [Dimension.Segment] = CategoryColumn.From(segment),
            [Dimension.Tier] = CategoryColumn.From(ValueTiers.Assign(clv)),
            [Dimension.Dealer] = CategoryColumn.From(dealer),
            [Dimension.Region] = CategoryColumn.From(region),
            [Dimension.Industry] = CategoryColumn.From(industry),
            [Dimension.Size] = CategoryColumn.From(size),
            [Dimension.Channel] = CategoryColumn.From(channel),
        };
        return new MetricsCustomers([.. ids], [.. acquiredDay], [.. clv], [.. controlGroup], columns);
    }

    /// <summary>The index of each customer id (ordinal comparison); built once.</summary>
    public IReadOnlyDictionary<string, int> IndexById()
    {
        if (index is null)
        {
            var built = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (int i = 0; i < Count; i++) built[Ids[i]] = i;
            index = built;
        }

        return index;
    }

    internal static ImmutableArray<T> Wrap<T>(T[] array) => ImmutableCollectionsMarshal.AsImmutableArray(array);
}
