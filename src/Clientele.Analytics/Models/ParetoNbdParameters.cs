namespace Clientele.Analytics.Models;

/// <summary>
/// Parameters of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): purchase rates
/// λ ~ Gamma(shape r, rate α) and drop-out rates μ ~ Gamma(shape s, rate β) across customers.
/// α and β are in the time unit of the data (1/α and 1/β scale like time).
/// </summary>
public sealed record ParetoNbdParameters
{
    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="ArgumentException">A parameter is not positive and finite.</exception>
    public ParetoNbdParameters(double r, double alpha, double s, double beta)
    {
        R = Positive(r, nameof(r));
        Alpha = Positive(alpha, nameof(alpha));
        S = Positive(s, nameof(s));
        Beta = Positive(beta, nameof(beta));
    }

    /// <summary>r: shape of the purchase-rate gamma distribution.</summary>
    public double R { get; }

    /// <summary>α: rate (inverse time scale) of the purchase-rate gamma distribution.</summary>
    public double Alpha { get; }

    /// <summary>s: shape of the drop-out-rate gamma distribution.</summary>
    public double S { get; }

    /// <summary>β: rate (inverse time scale) of the drop-out-rate gamma distribution.</summary>
    public double Beta { get; }

    /// <summary>The parameters in the paper's order r, α, s, β.</summary>
    public double[] ToArray() => [R, Alpha, S, Beta];

    private static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"Pareto/NBD parameter {name} must be positive and finite, got {value}.", name);
}
