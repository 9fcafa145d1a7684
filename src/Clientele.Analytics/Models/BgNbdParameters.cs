namespace Clientele.Analytics.Models;

/// <summary>
/// The four BG/NBD parameters (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way").
/// While alive, a customer buys at rate λ ~ Gamma(r, α); after each purchase she drops out with
/// probability p ~ Beta(a, b). α is in the model's time unit (e.g. weeks); r, a, b are unitless.
/// </summary>
/// <param name="R">Shape r of the purchase-rate distribution; must be positive.</param>
/// <param name="Alpha">Scale α of the purchase-rate distribution, in time units; must be positive.</param>
/// <param name="A">Beta parameter a of the dropout probability; must be positive.</param>
/// <param name="B">Beta parameter b of the dropout probability; must be positive.</param>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    /// <summary>Shape r of the purchase-rate distribution.</summary>
    public double R { get; init; } = Positive(R, nameof(R));

    /// <summary>Scale α of the purchase-rate distribution, in time units.</summary>
    public double Alpha { get; init; } = Positive(Alpha, nameof(Alpha));

    /// <summary>Beta parameter a of the dropout probability.</summary>
    public double A { get; init; } = Positive(A, nameof(A));

    /// <summary>Beta parameter b of the dropout probability.</summary>
    public double B { get; init; } = Positive(B, nameof(B));

    /// <summary>The parameters in the paper's order (r, α, a, b).</summary>
    public double[] ToArray() => [R, Alpha, A, B];

    private static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"BG/NBD parameter {name} must be positive and finite, got {value}.", name);
}
