namespace Clientele.Analytics.Numerics;

/// <summary>
/// ln(1+x) and eˣ−1 accurate near 0 (the BCL's double.LogP1/ExpM1 are plain Log(1+x) and Exp(x)−1).
/// Kahan's compensation trick: the rounding error of 1+x (or eˣ) cancels in the ratio.
/// </summary>
internal static class LogMath
{
    public static double Log1P(double x)
    {
        double u = 1 + x;
        if (u == 1) return x;
        return Math.Log(u) * (x / (u - 1));
    }

    public static double ExpM1(double x)
    {
        if (Math.Abs(x) > 0.5) return Math.Exp(x) - 1;
        double u = Math.Exp(x);
        if (u == 1) return x;
        return (u - 1) * (x / Math.Log(u));
    }
}
