namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The posterior of one customer's state given its observed history (<see cref="PosteriorValuation"/>):
/// P(alive) and, on the alive branch, where λ and p are independent a posteriori (the likelihood factorises: the
/// purchase timing and the order values involve λ, the survival of the repeat purchases and the complaints p),
/// quadrature nodes and normalised weights for λ and for p, and E[μ | λ, orders] at each λ node.
/// </summary>
/// <param name="AliveProbability">P(alive | history).</param>
/// <param name="Lambda">λ nodes of the alive branch (per week).</param>
/// <param name="LambdaWeight">Their posterior weights given alive (sum 1).</param>
/// <param name="MeanSpend">E[μ | λ, order values] at each λ node.</param>
/// <param name="P">p nodes of the alive branch.</param>
/// <param name="PWeight">Their posterior weights given alive (sum 1).</param>
internal sealed record CustomerPosterior(double AliveProbability, double[] Lambda, double[] LambdaWeight, double[] MeanSpend, double[] P, double[] PWeight)
{
    /// <summary>E[λ | alive, history].</summary>
    public double MeanLambda => Lambda.Select((l, a) => l * LambdaWeight[a]).Sum();

    /// <summary>E[p | alive, history].</summary>
    public double MeanP => P.Select((p, b) => p * PWeight[b]).Sum();
}
