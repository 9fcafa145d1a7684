using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// Points and weights for E[f(min(cap, c · m))] over a mean-one log-normal multiplier m = exp(sZ − s²/2), Z ~ N(0, 1):
/// how the "informed" planner averages a customer's unknown retention response ρ_ik = min(0.95, ρ_k b_k · u_i ε_ik)
/// (<see cref="SimulatedCompanyGenerator"/>) over its prior.
/// </summary>
/// <remarks>
/// c · m reaches the cap at z* = (ln(cap / c) + s²/2) / s, where the integrand has a kink; above it the value is the
/// constant f(cap), whose mass is P(Z ≥ z*) = erfc(z*/√2)/2. Below it the integrand φ(z) f(c · e^(sz − s²/2)) is
/// smooth, so Gauss–Legendre of order 64 on [−8, min(z*, 8)] is accurate to rounding (the mass below −8 is 6e−16);
/// the weights are scaled to sum to P(Z &lt; z*) so that a constant is integrated exactly. With s = 0 or c = 0 the
/// multiplier is not random: one point, min(cap, c), weight 1 — the same number the truth holds.
/// </remarks>
internal sealed class ResponseQuadrature
{
    private const double Lower = -8, Upper = 8;
    private const int Order = 64;

    /// <summary>Builds the rule for scale c ≥ 0, log-σ s ≥ 0 and cap &gt; 0.</summary>
    public ResponseQuadrature(double scale, double sigma, double cap)
    {
        if (sigma == 0 || scale == 0)
        {
            Points = [Math.Min(cap, scale)];
            Weights = [1.0];
            return;
        }

        double kink = (Math.Log(cap / scale) + 0.5 * sigma * sigma) / sigma;
        double capMass = 0.5 * SpecialFunctions.Erfc(kink / Math.Sqrt(2));
        double upper = Math.Min(kink, Upper);
        if (!(upper > Lower))
        {
            Points = [cap];
            Weights = [1.0];
            return;
        }

        var rule = new GaussLegendreRule(Lower, upper, Order);
        var points = new List<double>(Order + 1);
        var weights = new List<double>(Order + 1);
        double sum = 0;
        for (int l = 0; l < Order; l++)
        {
            double z = rule.Abscissas[l];
            double w = rule.Weights[l] * Math.Exp(-0.5 * z * z);
            points.Add(Math.Min(cap, scale * Math.Exp(sigma * z - 0.5 * sigma * sigma)));
            weights.Add(w);
            sum += w;
        }

        for (int l = 0; l < Order; l++) weights[l] *= (1 - capMass) / sum;
        if (capMass > 0)
        {
            points.Add(cap);
            weights.Add(capMass);
        }

        Points = [.. points];
        Weights = [.. weights];
    }

    /// <summary>The values min(cap, c · m) at the nodes (the last one the cap itself when it has mass).</summary>
    public IReadOnlyList<double> Points { get; }

    /// <summary>The probability weights of <see cref="Points"/>; they sum to 1.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Σ w_l f(x_l) ≈ E[f(min(cap, c · m))].</summary>
    public double Expect(Func<double, double> f)
    {
        double total = 0;
        for (int l = 0; l < Points.Count; l++) total += Weights[l] * f(Points[l]);
        return total;
    }
}
