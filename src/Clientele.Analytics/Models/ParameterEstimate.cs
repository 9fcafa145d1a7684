namespace Clientele.Analytics.Models;

/// <summary>A fitted parameter with its asymptotic standard error.</summary>
/// <param name="Name">The parameter's name in the paper (r, alpha, a, b, s, beta, p, q, v).</param>
/// <param name="Value">The maximum-likelihood estimate.</param>
/// <param name="StandardError">√ of the diagonal of the inverse observed information; NaN when the Hessian is singular.</param>
public sealed record ParameterEstimate(string Name, double Value, double StandardError)
{
    /// <summary>Lower end of the 95% Wald interval, Value − 1.96·SE.</summary>
    public double Lower95 => Value - 1.959963984540054 * StandardError;

    /// <summary>Upper end of the 95% Wald interval, Value + 1.96·SE.</summary>
    public double Upper95 => Value + 1.959963984540054 * StandardError;
}
