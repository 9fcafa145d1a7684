namespace Clientele.Allocation.Tiers;

/// <summary>
/// The tier of each customer (in the order of the input scores), the cut scores, and the number of customers and
/// total score per tier.
/// </summary>
public sealed class TierAssignment
{
    private readonly int[] _tier;
    private readonly int[] _counts;
    private readonly double[] _values;

    internal TierAssignment(TierScheme scheme, int[] tier, double?[] cuts, double[] scores, int heldByHysteresis, int changed)
    {
        Scheme = scheme;
        _tier = tier;
        Cuts = cuts;
        HeldByHysteresis = heldByHysteresis;
        Changed = changed;
        _counts = new int[scheme.Names.Count];
        _values = new double[scheme.Names.Count];
        for (var i = 0; i < tier.Length; i++)
        {
            _counts[tier[i]]++;
            _values[tier[i]] += scores[i];
        }
    }

    /// <summary>The scheme used.</summary>
    public TierScheme Scheme { get; }

    /// <summary>The number of customers.</summary>
    public int Count => _tier.Length;

    /// <summary>Each customer's tier as an index into <see cref="TierScheme.Names"/> (0 = best).</summary>
    public ReadOnlySpan<int> TierIndex => _tier;

    /// <summary>
    /// The cut below each tier but the last: a customer belongs to tier k or better exactly when its score is
    /// strictly greater than <c>Cuts[k]</c> (before hysteresis). Null when no customer falls below that cut
    /// (no customers, or the shares above cover everyone), so there is no score to state.
    /// </summary>
    public IReadOnlyList<double?> Cuts { get; }

    /// <summary>Customers per tier, index for index with <see cref="TierScheme.Names"/>.</summary>
    public ReadOnlySpan<int> Counts => _counts;

    /// <summary>The total score per tier, index for index with <see cref="TierScheme.Names"/>.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Customers that the cuts alone would have moved but hysteresis kept in their previous tier.</summary>
    public int HeldByHysteresis { get; }

    /// <summary>Customers with a previous tier whose tier changed.</summary>
    public int Changed { get; }

    /// <summary>The tier name of customer <paramref name="index"/>.</summary>
    public string Tier(int index) => Scheme.Names[_tier[index]];

    /// <summary>The number of customers in the named tier (0 for an unknown name).</summary>
    public int CountOf(string tier)
    {
        var k = Scheme.IndexOf(tier);
        return k < 0 ? 0 : _counts[k];
    }
}
