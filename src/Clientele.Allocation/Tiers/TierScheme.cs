namespace Clientele.Allocation.Tiers;

/// <summary>
/// How customers are cut into tiers: the tier names from best to worst, the share of each tier but the last
/// (the last tier is "the rest"), what the shares are shares of, and the hysteresis margin.
/// </summary>
/// <remarks>
/// Shares are per tier, not cumulative: the default <c>[0.05, 0.15]</c> gives gold = top 5%, silver = the next
/// 15%, standard = the remaining 80%. With <see cref="TierCutBasis.ValueShare"/> and <c>[0.80, 0.15]</c> the first
/// tier holds the customers that make up 80% of value and the second those that make up the next 15%.
/// <para>
/// Hysteresis: a customer whose previous tier is known changes tier only when its score clears the cut by
/// <see cref="HysteresisMargin"/> × |cut|: to rise above cut <c>c</c> it needs a score &gt; <c>c + m·|c|</c>, to stay
/// above it a score &gt; <c>c − m·|c|</c> suffices.
/// </para>
/// </remarks>
public sealed record TierScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <param name="names">Tier names from best to worst; at least one, distinct, non-blank.</param>
    /// <param name="shares">The share of every tier but the last; one fewer than <paramref name="names"/>, each in (0, 1], summing to ≤ 1.</param>
    /// <param name="basis">What the shares are shares of.</param>
    /// <param name="hysteresisMargin">The margin as a fraction of the cut score, in [0, 1); 0 switches hysteresis off.</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public TierScheme(IReadOnlyList<string> names, IReadOnlyList<double> shares, TierCutBasis basis = TierCutBasis.CustomerShare, double hysteresisMargin = 0.10)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(shares);
        if (names.Count == 0) throw new ArgumentException("A tier scheme needs at least one tier name.", nameof(names));
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) throw new ArgumentException($"Tier name {i} is blank.", nameof(names));
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[i], names[j], StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"Tier name '{names[i]}' appears twice.", nameof(names));
                }
            }
        }

        if (shares.Count != names.Count - 1)
        {
            throw new ArgumentException(
                $"A scheme of {names.Count} tiers needs {names.Count - 1} shares (the last tier is the rest), got {shares.Count}.", nameof(shares));
        }

        var sum = 0.0;
        for (var i = 0; i < shares.Count; i++)
        {
            if (!(shares[i] > 0 && shares[i] <= 1))
            {
                throw new ArgumentException($"The share of tier '{names[i]}' must be in (0, 1], got {shares[i]}.", nameof(shares));
            }

            sum += shares[i];
        }

        if (sum > 1 + 1e-9) throw new ArgumentException($"The tier shares add up to {sum}, more than 1.", nameof(shares));
        if (!Enum.IsDefined(basis)) throw new ArgumentException($"Unknown cut basis {basis}.", nameof(basis));
        if (!(hysteresisMargin >= 0 && hysteresisMargin < 1))
        {
            throw new ArgumentException($"The hysteresis margin must be in [0, 1), got {hysteresisMargin}.", nameof(hysteresisMargin));
        }

        Names = names.ToArray();
        Shares = shares.ToArray();
        Basis = basis;
        HysteresisMargin = hysteresisMargin;
    }

    /// <summary>gold / silver / standard = top 5% / next 15% / rest of customers, hysteresis margin 10% of the cut.</summary>
    public static TierScheme Default { get; } = new(["gold", "silver", "standard"], [0.05, 0.15]);

    /// <summary>Tier names from best to worst.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The share of every tier but the last.</summary>
    public IReadOnlyList<double> Shares { get; }

    /// <summary>What the shares are shares of.</summary>
    public TierCutBasis Basis { get; }

    /// <summary>The hysteresis margin as a fraction of the cut score.</summary>
    public double HysteresisMargin { get; }

    /// <summary>The index of the named tier (case-insensitive), or −1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }
}
