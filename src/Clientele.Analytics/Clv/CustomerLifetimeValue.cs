using Clientele.Analytics.Models;
using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Clv;

/// <summary>
/// Customer lifetime value from a repeat-purchase model and an expected spend per purchase
/// (product spec §2): CLV = Σ_{k=1..H} margin · E[spend] · (E[Y(k·m) | x, t_x, T] − E[Y((k−1)·m) | x, t_x, T]) / (1+d)^k,
/// with m the month length in model time units. This is lifetimes' customer_lifetime_value.
/// </summary>
public static class CustomerLifetimeValue
{
    /// <summary>CLV of one customer with history (x, t_x, T) and expected spend per purchase.</summary>
    /// <exception cref="ArgumentException">The history or spend is invalid.</exception>
    public static double Compute(IRepeatPurchaseModel model, double x, double tx, double T, double expectedSpend, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        CheckSpend(expectedSpend, nameof(expectedSpend));
        return expectedSpend * ValuePerUnitSpend(model, x, tx, T, options);
    }

    /// <summary>
    /// CLV for many customers: the discounted purchase stream is computed once per distinct row of
    /// <paramref name="data"/> (in parallel for large data) and multiplied by each customer's spend.
    /// <paramref name="expectedSpend"/> is either one value per input customer (when <paramref name="data"/>
    /// was built by <see cref="RepeatPurchaseData.Compress"/>) or one value per distinct row.
    /// </summary>
    /// <exception cref="ArgumentException">The spend has neither length, a spend is not finite, or <paramref name="result"/> is too short.</exception>
    public static void Compute(IRepeatPurchaseModel model, RepeatPurchaseData data, ReadOnlySpan<double> expectedSpend, ClvOptions options, Span<double> result)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var rowOf = data.RowOfCustomer;
        bool perCustomer = rowOf is not null && expectedSpend.Length == rowOf.Length;
        if (!perCustomer && expectedSpend.Length != data.Count)
        {
            throw new ArgumentException($"Expected spend has {expectedSpend.Length} values; give one per customer ({rowOf?.Length.ToString() ?? "unknown"}) or one per distinct row ({data.Count}).", nameof(expectedSpend));
        }

        if (result.Length < expectedSpend.Length)
        {
            throw new ArgumentException($"The result span holds {result.Length} values but {expectedSpend.Length} are needed.", nameof(result));
        }

        for (int i = 0; i < expectedSpend.Length; i++) CheckSpend(expectedSpend[i], nameof(expectedSpend));

        var perRow = new double[data.Count];
        if (model is BgNbdModel bgNbd)
        {
            var (horizons, weights) = StreamWeights(options);
            bgNbd.WeightedConditionalExpectedPurchases(horizons, weights, data, perRow);
        }
        else
        {
            var (x, tx, age) = (data.Frequency, data.Recency, data.Age);
            ParallelRows.Fill(data.Count, i => ValuePerUnitSpend(model, x[i], tx[i], age[i], options), perRow);
        }

        for (int i = 0; i < expectedSpend.Length; i++)
        {
            result[i] = expectedSpend[i] * perRow[perCustomer ? rowOf![i] : i];
        }
    }

    /// <summary>E[X(H·m)]: the purchases a customer acquired today is expected to make over the horizon (undiscounted).</summary>
    public static double NewCustomerExpectedPurchases(IRepeatPurchaseModel model, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        return model.ExpectedPurchases(options.HorizonMonths * options.MonthLength);
    }

    /// <summary>The discounted value of a customer acquired today with the given expected spend per purchase.</summary>
    public static double NewCustomerValue(IRepeatPurchaseModel model, double expectedSpend, ClvOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        CheckSpend(expectedSpend, nameof(expectedSpend));
        return Discounted(k => model.ExpectedPurchases(k * options.MonthLength), options) * expectedSpend;
    }

    /// <summary>
    /// Σ_k (E_k − E_{k−1})·D_k = Σ_k E_k·(D_k − D_{k+1}) with D_k = margin/(1+d)^k and D_{H+1} = 0:
    /// the CLV sum as a weighted sum of cumulative expectations at the month ends.
    /// </summary>
    private static (double[] Horizons, double[] Weights) StreamWeights(ClvOptions options)
    {
        int h = options.HorizonMonths;
        var horizons = new double[h];
        var weights = new double[h];
        double discount = 1;
        for (int k = 1; k <= h; k++)
        {
            discount /= 1 + options.MonthlyDiscountRate;
            horizons[k - 1] = k * options.MonthLength;
            double next = k < h ? discount / (1 + options.MonthlyDiscountRate) : 0.0;
            weights[k - 1] = options.MarginRate * (discount - next);
        }

        return (horizons, weights);
    }

    private static double ValuePerUnitSpend(IRepeatPurchaseModel model, double x, double tx, double T, ClvOptions options) =>
        Discounted(k => model.ConditionalExpectedPurchases(k * options.MonthLength, x, tx, T), options);

    private static double Discounted(Func<int, double> cumulative, ClvOptions options)
    {
        double total = 0, previous = 0, discount = 1;
        for (int k = 1; k <= options.HorizonMonths; k++)
        {
            double current = cumulative(k);
            discount /= 1 + options.MonthlyDiscountRate;
            total += (current - previous) * discount;
            previous = current;
        }

        return options.MarginRate * total;
    }

    private static void CheckSpend(double spend, string name)
    {
        if (!double.IsFinite(spend)) throw new ArgumentException($"Expected spend must be finite, got {spend}.", name);
    }
}
