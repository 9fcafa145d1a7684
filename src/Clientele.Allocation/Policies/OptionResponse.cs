using Clientele.Allocation.Response;

namespace Clientele.Allocation.Policies;

/// <summary>
/// Diminishing returns of an option in its intensity k (units in the period, e.g. visits): each effect follows the
/// Hill form <c>effect(k) = max · k^α / (k^α + κ^α)</c>, so κ units give half the maximum and each further unit
/// adds less (for α ≤ 1).
/// </summary>
/// <param name="MaxRetention">The retention effect approached at high intensity (share of churn risk averted), in [0, 1].</param>
/// <param name="MaxSpend">The spend lift approached at high intensity, in [0, 1].</param>
/// <param name="Alpha">α, the shape (&gt; 0).</param>
/// <param name="Kappa">κ, the intensity that gives half the maximum (&gt; 0).</param>
public sealed record OptionResponse(double MaxRetention, double MaxSpend, double Alpha, double Kappa)
{
    /// <summary>The effect at <paramref name="units"/> units: (MaxRetention·h, MaxSpend·h) with h = k^α/(k^α + κ^α).</summary>
    /// <exception cref="ArgumentException">α or κ is not positive.</exception>
    public OptionEffect At(double units)
    {
        var h = new HillCurve(1, Alpha, Kappa).Value(units);
        return new OptionEffect(MaxRetention * h, MaxSpend * h);
    }
}
