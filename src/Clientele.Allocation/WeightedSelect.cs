namespace Clientele.Allocation;

/// <summary>Weighted selection in expected linear time (quickselect that carries the weights along).</summary>
internal static class WeightedSelect
{
    /// <summary>
    /// The smallest key <c>k</c> among the first <paramref name="count"/> entries such that the weights of all keys
    /// ≤ k add up to at least <paramref name="target"/>; NaN when all the weights together fall short. Reorders
    /// both arrays.
    /// </summary>
    public static double FirstCovering(double[] keys, double[] weights, int count, double target)
    {
        int lo = 0, hi = count;
        double before = 0;
        while (hi - lo > 24)
        {
            double pivot = MedianOfThree(keys[lo], keys[lo + (hi - lo) / 2], keys[hi - 1]);

            // Three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
            int lt = lo, i = lo, gt = hi;
            double below = 0, equal = 0;
            while (i < gt)
            {
                double k = keys[i];
                if (k < pivot)
                {
                    below += weights[i];
                    Swap(keys, weights, lt++, i++);
                }
                else if (k > pivot)
                {
                    Swap(keys, weights, i, --gt);
                }
                else
                {
                    equal += weights[i];
                    i++;
                }
            }

            if (before + below >= target)
            {
                hi = lt;
            }
            else if (before + below + equal >= target)
            {
                return pivot;
            }
            else
            {
                before += below + equal;
                lo = gt;
            }
        }

        Array.Sort(keys, weights, lo, hi - lo);
        for (int i = lo; i < hi; i++)
        {
            before += weights[i];
            if (before >= target) return keys[i];
        }

        return double.NaN;
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));

    private static void Swap(double[] keys, double[] weights, int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (weights[a], weights[b]) = (weights[b], weights[a]);
    }
}
