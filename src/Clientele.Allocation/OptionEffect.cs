namespace Clientele.Allocation;

/// <summary>
/// What an option does to a customer next period: <paramref name="Retention"/> is the share of the customer's
/// risk of leaving in the period that it averts (0 = none, 1 = all), <paramref name="Spend"/> the relative lift of
/// its expected spend (0.05 = +5%). How these turn into expected CLV gained for a given customer (from its P(alive)
/// and CLV) is the option valuation's business; this record only states the effect.
/// </summary>
/// <param name="Retention">Share of churn risk averted, in [0, 1].</param>
/// <param name="Spend">Relative spend lift, ≥ −1.</param>
public sealed record OptionEffect(double Retention, double Spend)
{
    /// <summary>No effect.</summary>
    public static OptionEffect None { get; } = new(0, 0);
}
