namespace Clientele.Analytics.Models;

/// <summary>
/// The Gamma-Gamma spend parameters (Fader &amp; Hardie 2013, "The Gamma-Gamma Model of Monetary
/// Value"): each transaction's value is Gamma(p, ν) and the customer's ν is Gamma(q, v), so the
/// population mean spend per transaction is p·v/(q−1). v is in currency units; p, q are unitless.
/// </summary>
/// <param name="P">Shape p of a transaction's value; must be positive.</param>
/// <param name="Q">Shape q of the customer-level rate ν; must be positive (q &gt; 1 for a finite mean).</param>
/// <param name="V">Scale v of the customer-level rate, in currency units; must be positive.</param>
public sealed record GammaGammaParameters(double P, double Q, double V)
{
    /// <summary>Shape p of a transaction's value.</summary>
    public double P { get; init; } = Positive(P, nameof(P));

    /// <summary>Shape q of the customer-level rate ν.</summary>
    public double Q { get; init; } = Positive(Q, nameof(Q));

    /// <summary>Scale v of the customer-level rate, in currency units.</summary>
    public double V { get; init; } = Positive(V, nameof(V));

    /// <summary>The parameters in the paper's order (p, q, v).</summary>
    public double[] ToArray() => [P, Q, V];

    private static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"Gamma-Gamma parameter {name} must be positive and finite, got {value}.", name);
}
