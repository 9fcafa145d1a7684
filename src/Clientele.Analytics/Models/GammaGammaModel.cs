using Clientele.Analytics.Numerics;

namespace Clientele.Analytics.Models;

/// <summary>
/// A Gamma-Gamma spend model with fixed parameters (Fader &amp; Hardie 2013): expected spend per
/// transaction, for the population and for a customer with a known purchase history. Immutable.
/// </summary>
public sealed class GammaGammaModel
{
    internal GammaGammaModel(GammaGammaParameters parameters, double[] standardErrors, double logLikelihood, FitDiagnostics? diagnostics, int excluded)
    {
        Values = parameters;
        Parameters =
        [
            new ParameterEstimate("p", parameters.P, standardErrors[0]),
            new ParameterEstimate("q", parameters.Q, standardErrors[1]),
            new ParameterEstimate("v", parameters.V, standardErrors[2]),
        ];
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
        ExcludedNonPositiveSpend = excluded;
    }

    /// <summary>A model from known parameters, without standard errors or likelihood.</summary>
    public static GammaGammaModel FromParameters(GammaGammaParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new GammaGammaModel(p, [double.NaN, double.NaN, double.NaN], double.NaN, null, 0);
    }

    /// <summary>The model's name, "Gamma-Gamma".</summary>
    public string Name => GammaGamma.Name;

    /// <summary>The parameters as a typed record.</summary>
    public GammaGammaParameters Values { get; }

    /// <summary>p, q, v with standard errors (NaN for a model built from given parameters).</summary>
    public IReadOnlyList<ParameterEstimate> Parameters { get; }

    /// <summary>The maximized log-likelihood in the input's currency units (NaN without data).</summary>
    public double LogLikelihood { get; }

    /// <summary>The optimizer's final inverse-Hessian approximation (log θ, per customer), to warm-start similar fits.</summary>
    internal double[]? InverseHessian { get; init; }

    /// <summary>Fit diagnostics; null for a model built from given parameters.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Customers with x ≥ 1 and mean spend ≤ 0 that the fit left out.</summary>
    public int ExcludedNonPositiveSpend { get; }

    /// <summary>E[Z] = p·v/(q−1), the population mean spend per transaction; +∞ when q ≤ 1 (no finite mean).</summary>
    public double PopulationMeanSpend => Values.Q > 1 ? Values.P * Values.V / (Values.Q - 1) : double.PositiveInfinity;

    /// <summary>
    /// E[Z | x, z̄] = p(v + x z̄)/(px + q − 1) (Fader &amp; Hardie 2013, eq. 5): a weighted average of the
    /// population mean and the customer's own mean. x = 0 gives <see cref="PopulationMeanSpend"/>; a
    /// negative z̄ (net returns) is treated as 0.
    /// </summary>
    /// <exception cref="ArgumentException">x is negative or a value is not finite.</exception>
    public double ConditionalExpectedSpend(double x, double zbar)
    {
        if (!(x >= 0) || !double.IsFinite(x)) throw new ArgumentException($"Frequency x must be non-negative and finite, got {x}.", nameof(x));
        if (!double.IsFinite(zbar)) throw new ArgumentException($"Mean spend must be finite, got {zbar}.", nameof(zbar));
        return Expected(x, zbar);
    }

    /// <summary>E[Z | x, z̄] per customer, in parallel for large inputs.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is invalid, or <paramref name="result"/> is too short.</exception>
    public void ConditionalExpectedSpend(ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetaryValue, Span<double> result)
    {
        if (frequency.Length != monetaryValue.Length)
        {
            throw new ArgumentException("Frequency and monetary value must have the same length.", nameof(monetaryValue));
        }

        for (int i = 0; i < frequency.Length; i++)
        {
            if (!(frequency[i] >= 0) || !double.IsFinite(frequency[i]) || !double.IsFinite(monetaryValue[i]))
            {
                throw new ArgumentException($"Customer {i}: frequency must be non-negative and spend finite, got ({frequency[i]}, {monetaryValue[i]}).", nameof(frequency));
            }
        }

        var x = frequency.ToArray();
        var z = monetaryValue.ToArray();
        ParallelRows.Fill(x.Length, i => Expected(x[i], z[i]), result);
    }

    /// <summary>One customer's log-density of z̄ given x, at these parameters.</summary>
    public double CustomerLogLikelihood(double x, double zbar) => GammaGamma.CustomerLogLikelihood(Values, x, zbar);

    private double Expected(double x, double zbar)
    {
        if (x == 0) return PopulationMeanSpend;
        double p = Values.P, q = Values.Q, v = Values.V;
        return p * (v + x * Math.Max(zbar, 0)) / (p * x + q - 1);
    }
}
