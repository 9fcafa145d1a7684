namespace Clientele.Analytics.Models;

/// <summary>
/// Compressed sufficient statistics for the buy-till-you-die models: each distinct
/// (x, t_x, T) triple once, with the number of customers who share it as its weight.
/// The likelihood of the data is Σ weightᵢ · LLᵢ, so a fit costs the number of distinct
/// triples, not the number of customers.
/// </summary>
public sealed class RepeatPurchaseData
{
    private RepeatPurchaseData(double[] frequency, double[] recency, double[] age, double[] weight, int[]? rowOfCustomer)
    {
        Frequency = frequency;
        Recency = recency;
        Age = age;
        Weight = weight;
        RowOfCustomer = rowOfCustomer;
    }

    /// <summary>x: repeat purchases (distinct purchase periods − 1), per distinct row.</summary>
    public double[] Frequency { get; }

    /// <summary>t_x: time of the last purchase, measured from the first, per distinct row.</summary>
    public double[] Recency { get; }

    /// <summary>T: time from the first purchase to the end of observation, per distinct row.</summary>
    public double[] Age { get; }

    /// <summary>How many customers share each row.</summary>
    public double[] Weight { get; }

    /// <summary>
    /// For each input customer (in input order) the index of its distinct row, when built by
    /// <see cref="Compress"/>; null for data given already compressed.
    /// </summary>
    public int[]? RowOfCustomer { get; }

    /// <summary>The number of distinct rows.</summary>
    public int Count => Frequency.Length;

    /// <summary>Σ weights: the number of customers represented.</summary>
    public double TotalWeight => Weight.Sum();

    /// <summary>The largest T, used to scale time during fitting.</summary>
    public double MaxAge => Age.Length == 0 ? 0 : Age.Max();

    /// <summary>
    /// Groups customers with identical (x, t_x, T) into weighted rows.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or a row breaks 0 ≤ t_x ≤ T, x ≥ 0 integer, or x = 0 with t_x ≠ 0.</exception>
    public static RepeatPurchaseData Compress(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age)
    {
        if (frequency.Length != recency.Length || frequency.Length != age.Length)
        {
            throw new ArgumentException("Frequency, recency and T must have the same length.", nameof(frequency));
        }

        int n = frequency.Length;
        var index = new Numerics.DistinctRowIndex(Math.Min(n, 1 << 20));
        var x = new List<double>();
        var tx = new List<double>();
        var t = new List<double>();
        var w = new List<double>();
        var rowOf = new int[n];
        for (int i = 0; i < n; i++)
        {
            double xi = frequency[i], txi = recency[i], ti = age[i];
            Validate(xi, txi, ti, i);
            int row = index.GetOrAdd(xi, txi, ti, out bool added);
            if (added)
            {
                x.Add(xi);
                tx.Add(txi);
                t.Add(ti);
                w.Add(0);
            }

            w[row] += 1;
            rowOf[i] = row;
        }

        return new RepeatPurchaseData(x.ToArray(), tx.ToArray(), t.ToArray(), w.ToArray(), rowOf);
    }

    /// <summary>Wraps rows that are already compressed (e.g. a published summary table with counts).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a weight is not positive, or a row is invalid.</exception>
    public static RepeatPurchaseData FromWeightedRows(double[] frequency, double[] recency, double[] age, double[] weight)
    {
        if (frequency.Length != recency.Length || frequency.Length != age.Length || frequency.Length != weight.Length)
        {
            throw new ArgumentException("Frequency, recency, T and weight must have the same length.", nameof(frequency));
        }

        for (int i = 0; i < frequency.Length; i++)
        {
            Validate(frequency[i], recency[i], age[i], i);
            if (!(weight[i] > 0) || !double.IsFinite(weight[i]))
            {
                throw new ArgumentException($"Row {i}: weight must be positive and finite, got {weight[i]}.", nameof(weight));
            }
        }

        return new RepeatPurchaseData((double[])frequency.Clone(), (double[])recency.Clone(), (double[])age.Clone(), (double[])weight.Clone(), null);
    }

    /// <summary>
    /// Every k-th distinct row (k chosen so at most <paramref name="maxRows"/> remain), with its weight: a
    /// deterministic subsample whose fit gives the full fit a start close to its optimum.
    /// </summary>
    internal RepeatPurchaseData Thin(int maxRows)
    {
        int stride = (Count + maxRows - 1) / maxRows;
        if (stride <= 1) return this;
        int n = (Count + stride - 1) / stride;
        double[] x = new double[n], tx = new double[n], t = new double[n], w = new double[n];
        for (int i = 0, row = 0; row < Count; i++, row += stride)
        {
            x[i] = Frequency[row];
            tx[i] = Recency[row];
            t[i] = Age[row];
            w[i] = Weight[row];
        }

        return new RepeatPurchaseData(x, tx, t, w, null);
    }

    /// <summary>Distinct rows above which fitters first fit a thinned sample to find a good start.</summary>
    internal const int WarmStartThreshold = 50_000;

    /// <summary>Rows in that thinned sample.</summary>
    internal const int WarmStartRows = 20_000;

    private static void Validate(double x, double tx, double t, int row)
    {
        if (!(x >= 0) || x != Math.Floor(x) || double.IsInfinity(x))
        {
            throw new ArgumentException($"Row {row}: frequency must be a non-negative integer, got {x}.", nameof(x));
        }

        if (!(tx >= 0) || !double.IsFinite(tx))
        {
            throw new ArgumentException($"Row {row}: recency must be non-negative and finite, got {tx}.", nameof(tx));
        }

        if (!(t >= 0) || !double.IsFinite(t))
        {
            throw new ArgumentException($"Row {row}: T must be non-negative and finite, got {t}.", nameof(t));
        }

        if (tx > t * (1 + 1e-12))
        {
            throw new ArgumentException($"Row {row}: recency {tx} is greater than T {t}; a last purchase cannot come after the end of observation.", nameof(tx));
        }

        if (x == 0 && tx != 0)
        {
            throw new ArgumentException($"Row {row}: a customer with frequency 0 must have recency 0, got {tx}.", nameof(tx));
        }
    }
}
