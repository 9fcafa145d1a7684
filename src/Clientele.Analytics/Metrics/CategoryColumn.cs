using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// A text attribute of every customer stored as codes into a small list of labels (a handful of regions or tiers
/// repeat over 100,000 customers). A missing value gets the label <see cref="DimensionText.None"/>.
/// </summary>
public sealed class CategoryColumn
{
    private CategoryColumn(ImmutableArray<string> labels, ImmutableArray<int> codes)
    {
        Labels = labels;
        Codes = codes;
    }

    /// <summary>The distinct labels, in order of first appearance.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Per customer, the index of its label in <see cref="Labels"/>.</summary>
    public ImmutableArray<int> Codes { get; }

    /// <summary>The label of customer <paramref name="customer"/>.</summary>
    public string this[int customer] => Labels[Codes[customer]];

    /// <summary>Encodes <paramref name="values"/> (one per customer; null or blank = <see cref="DimensionText.None"/>).</summary>
    /// <exception cref="ArgumentNullException">The values are null.</exception>
    public static CategoryColumn From(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var codes = new int[values.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            string label = string.IsNullOrWhiteSpace(values[i]) ? DimensionText.None : values[i]!;
            if (!index.TryGetValue(label, out int code))
            {
                index[label] = code = labels.Count;
                labels.Add(label);
            }

            codes[i] = code;
        }

        return new CategoryColumn([.. labels], ImmutableCollectionsMarshal.AsImmutableArray(codes));
    }

    /// <summary>The code of <paramref name="label"/> compared case-insensitively, or −1.</summary>
    public int Find(string? label)
    {
        if (label is null) return -1;
        for (int i = 0; i < Labels.Length; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }
}
