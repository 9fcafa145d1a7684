namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// Ψ(h) = Σ_l w_l φ(h(1 − ρ_l)), φ(u) = (1 − e^(−(u + δ)H)) / (u + δ): the discounted expected orders per unit of
/// purchase rate of an alive customer with hazard h = λp a week, averaged over its unknown retention response (the
/// points ρ_l and weights w_l of a <see cref="ResponseQuadrature"/>), so that the informed planner's
/// E_ρ[D(λ, (1 − ρ)p)] = λ Ψ(λp) (<see cref="NextYear.DiscountedPurchases"/>). Ψ does not depend on the customer,
/// so the posterior valuation, which needs it at thousands of (λ, p) points per customer, reads it from a table:
/// cubic Hermite interpolation with exact derivatives on a uniform grid in s = ln(1 + h/h₀), accurate to ~1e−12
/// relative (tested); beyond the table it is evaluated directly.
/// </summary>
internal sealed class HazardTable
{
    private const double Scale = 1e-4, MaxHazard = 50;
    private const int Intervals = 2048;
    private static readonly double Step = Math.Log(1 + MaxHazard / Scale) / Intervals;
    private readonly double[] _points, _weights, _value, _slope;

    /// <summary>Tabulates Ψ for the retention response rule.</summary>
    public HazardTable(ResponseQuadrature retention)
    {
        _points = [.. retention.Points];
        _weights = [.. retention.Weights];
        _value = new double[Intervals + 1];
        _slope = new double[Intervals + 1];
        for (int g = 0; g <= Intervals; g++)
        {
            double h = Scale * Math.Exp(g * Step) - Scale;
            var (value, derivative) = Exact(h);
            _value[g] = value;
            _slope[g] = derivative * (Scale + h) * Step; // dΨ/ds times the step: the Hermite form on [0, 1]
        }
    }

    /// <summary>Ψ(h), from the table (or directly beyond it).</summary>
    public double Value(double hazard) => Value(hazard, Math.Log(1 + hazard / Scale) / Step);

    /// <summary>Ψ(h) given its table coordinate <see cref="Coordinate"/> (shared by every option's table).</summary>
    public double Value(double hazard, double coordinate)
    {
        if (!(coordinate < Intervals)) return Exact(hazard).Value;
        int g = (int)coordinate;
        double t = coordinate - g, t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * _value[g] + (t3 - 2 * t2 + t) * _slope[g] + (-2 * t3 + 3 * t2) * _value[g + 1] + (t3 - t2) * _slope[g + 1];
    }

    /// <summary>The table coordinate of hazard h: ln(1 + h/h₀) / step.</summary>
    public static double Coordinate(double hazard) => Math.Log(1 + hazard / Scale) / Step;

    /// <summary>Ψ(h) and Ψ′(h) by the sum over the rule's points: φ′(u) = (H e^(−yH) − φ(u)) / y with y = u + δ.</summary>
    public (double Value, double Derivative) Exact(double hazard)
    {
        double value = 0, derivative = 0, horizon = NextYear.HorizonWeeks;
        for (int l = 0; l < _points.Length; l++)
        {
            double keep = 1 - _points[l];
            double y = hazard * keep + NextYear.DiscountPerWeek;
            double survive = Math.Exp(-y * horizon);
            double phi = -OptionValuation.ExpM1(-y * horizon) / y;
            value += _weights[l] * phi;
            derivative += _weights[l] * keep * (horizon * survive - phi) / y;
        }

        return (value, derivative);
    }
}
