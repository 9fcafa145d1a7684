namespace Clientele.Allocation;

/// <summary>
/// One entry of a customer's menu: an action the company can take for that customer next period.
/// </summary>
/// <param name="Id">The option's id, e.g. "none", "greeting", "gift", "trip", "am-visits-2".</param>
/// <param name="Cost">Money it costs (≥ 0).</param>
/// <param name="Hours">Staff hours it takes (≥ 0).</param>
/// <param name="Value">The expected value it adds for this customer (expected CLV gained), before its cost.</param>
/// <param name="Category">The cost category it is booked to (for per-category budgets), e.g. "customer-service".</param>
public sealed record AllocationOption(string Id, double Cost, double Hours, double Value, string Category = "other")
{
    /// <summary>The option's net contribution to the objective: <c>Value − Cost</c>.</summary>
    public double Net => Value - Cost;
}
