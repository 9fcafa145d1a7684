namespace Clientele.Allocation.Tiers;

/// <summary>
/// Cuts customers into tiers by a value score (CLV, or the RFM composite — the caller passes the scores), by share
/// of customers or share of value, with hysteresis against each customer's previous tier.
/// </summary>
/// <remarks>
/// Rank the scores from high to low. Tiers 0…k together take the first m_k customers, where
/// <list type="bullet">
/// <item>by customer share, m_k = ⌊S_k·n⌋ with S_k the cumulative share of tiers 0…k;</item>
/// <item>by value share, m_k = the least m whose top-m scores add up to at least S_k × the total score.</item>
/// </list>
/// The cut c_k is the score of the first customer left out (rank m_k + 1), and a customer belongs to tier k or
/// better when its score is strictly greater than c_k. So ties at a cut fall to the lower tier together: equal
/// scores always share a tier, the result does not depend on input order, a tier never holds more customers than
/// its quota, and all-zero scores put everyone in the last tier.
/// <para>
/// Hysteresis (margin m): a customer previously in tier p is compared with the cuts
/// c'_k = c_k + m·|c_k| for k &lt; p (it must clear a cut above its old tier by the margin to rise) and
/// c'_k = c_k − m·|c_k| for k ≥ p (it keeps a cut at or below its old tier unless it falls below it by the margin).
/// Its tier is the least k with score &gt; c'_k, or the last tier.
/// </para>
/// </remarks>
public static class TierClassifier
{
    /// <summary>Assigns a tier to each score.</summary>
    /// <param name="scores">One value score per customer; finite.</param>
    /// <param name="scheme">The tiers; <see cref="TierScheme.Default"/> when null.</param>
    /// <param name="previousTiers">Each customer's previous tier name (null for a new customer), index for index with
    /// <paramref name="scores"/>; null when there is no history (no hysteresis).</param>
    /// <exception cref="ArgumentException">A score is not finite (or negative when cutting by value share), the previous tiers do not match the scores in
    /// length, or a previous tier is not a tier of the scheme.</exception>
    public static TierAssignment Assign(ReadOnlySpan<double> scores, TierScheme? scheme = null, IReadOnlyList<string?>? previousTiers = null)
    {
        scheme ??= TierScheme.Default;
        var n = scores.Length;
        var previous = PreviousIndices(scheme, n, previousTiers);
        var sorted = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = scores[i];
            if (!double.IsFinite(s)) throw new ArgumentException($"Score {i} is {s}; scores must be finite.", nameof(scores));
            if (s < 0 && scheme.Basis == TierCutBasis.ValueShare)
            {
                throw new ArgumentException($"Score {i} is {s}; shares of value need scores ≥ 0.", nameof(scores));
            }

            sorted[i] = s;
            total += s;
        }

        Array.Sort(sorted);
        Array.Reverse(sorted);
        var cuts = Cuts(sorted, total, scheme);

        var tier = new int[n];
        var last = scheme.Names.Count - 1;
        var held = 0;
        var changed = 0;
        var margin = scheme.HysteresisMargin;
        for (var i = 0; i < n; i++)
        {
            var raw = TierOf(scores[i], cuts, last, -1, 0);
            var p = previous?[i] ?? -1;
            if (p < 0)
            {
                tier[i] = raw;
                continue;
            }

            var t = TierOf(scores[i], cuts, last, p, margin);
            tier[i] = t;
            if (t != raw) held++;
            if (t != p) changed++;
        }

        return new TierAssignment(scheme, tier, cuts, scores.ToArray(), held, changed);
    }

    /// <summary>The cut scores c_k of a sorted (descending) score list; null where nobody falls below.</summary>
    private static double?[] Cuts(double[] sorted, double total, TierScheme scheme)
    {
        var n = sorted.Length;
        var cuts = new double?[scheme.Shares.Count];
        var cumulativeShare = 0.0;
        var m = 0;
        var prefix = 0.0;
        for (var k = 0; k < cuts.Length; k++)
        {
            cumulativeShare += scheme.Shares[k];
            if (scheme.Basis == TierCutBasis.CustomerShare)
            {
                // The epsilon keeps 0.05 × 20 = 1.0000000000000002 from counting as 1 customer short.
                m = Math.Min(n, (int)Math.Floor(cumulativeShare * n + 1e-9));
            }
            else
            {
                var target = cumulativeShare * total;
                var tolerance = 1e-12 * Math.Abs(total);
                while (m < n && prefix < target - tolerance)
                {
                    prefix += sorted[m];
                    m++;
                }
            }

            cuts[k] = m < n ? sorted[m] : null;
        }

        return cuts;
    }

    private static int TierOf(double score, double?[] cuts, int last, int previous, double margin)
    {
        for (var k = 0; k < cuts.Length; k++)
        {
            if (cuts[k] is not { } c) return k;
            var shifted = k < previous ? c + margin * Math.Abs(c) : c - margin * Math.Abs(c);
            if (score > shifted) return k;
        }

        return last;
    }

    private static int[]? PreviousIndices(TierScheme scheme, int n, IReadOnlyList<string?>? previousTiers)
    {
        if (previousTiers is null) return null;
        if (previousTiers.Count != n)
        {
            throw new ArgumentException($"There are {previousTiers.Count} previous tiers for {n} scores; give one per customer (null for none).", nameof(previousTiers));
        }

        var indices = new int[n];
        for (var i = 0; i < n; i++)
        {
            var name = previousTiers[i];
            if (name is null)
            {
                indices[i] = -1;
                continue;
            }

            indices[i] = scheme.IndexOf(name);
            if (indices[i] < 0)
            {
                throw new ArgumentException(
                    $"Previous tier '{name}' of customer {i} is not one of the scheme's tiers ({string.Join(", ", scheme.Names)}).", nameof(previousTiers));
            }
        }

        return indices;
    }
}
