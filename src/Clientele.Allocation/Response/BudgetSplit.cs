namespace Clientele.Allocation.Response;

/// <summary>The split of a budget across segments and the response it buys.</summary>
/// <param name="Segments">The segment names, in input order.</param>
/// <param name="Spend">The spend per segment.</param>
/// <param name="Response">The response f(spend) per segment.</param>
/// <param name="MarginalReturn">
/// λ, the common marginal return f′(x) of the segments funded strictly between their bounds on the falling branch
/// of their curves — what one more unit of budget would return; 0 when every funded segment is at its maximum.
/// </param>
/// <param name="Unspent">Budget left over because every segment is at its maximum.</param>
/// <param name="IsExact">True when every on/off choice of the S-shaped segments was tried (see <see cref="HillBudgetSplitter"/>).</param>
public sealed record BudgetSplit(
    IReadOnlyList<string> Segments,
    IReadOnlyList<double> Spend,
    IReadOnlyList<double> Response,
    double MarginalReturn,
    double Unspent,
    bool IsExact)
{
    /// <summary>Σ response.</summary>
    public double TotalResponse => Response.Sum();

    /// <summary>Σ spend.</summary>
    public double TotalSpend => Spend.Sum();
}
