using System.Numerics;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// A small seeded generator (xoshiro256**, seeded through SplitMix64) with the few distributions the demo
/// company needs. Each (seed, entity, stream) triple gets its own independent sequence, so one customer's
/// draws never depend on how many draws another customer made: the per-entity enumerations of
/// <see cref="DemoCompanyGenerator"/> reproduce exactly what <see cref="DemoCompanyGenerator.Generate"/> builds.
/// </summary>
internal sealed class SimulationRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal = double.NaN;

    public SimulationRandom(int seed, long entity, int stream)
    {
        ulong x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)entity * 0xD1B54A32D192ED03UL ^ (ulong)stream * 0x8CB92BA72F3D8DD7UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 33) * (ulong)n >> 31);

    /// <summary>Uniform on [low, high).</summary>
    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Exponential with the given rate.</summary>
    public double Exponential(double rate) => -Math.Log(1.0 - NextDouble()) / rate;

    /// <summary>Standard normal (Marsaglia's polar method).</summary>
    public double Normal()
    {
        if (!double.IsNaN(_spareNormal))
        {
            double spare = _spareNormal;
            _spareNormal = double.NaN;
            return spare;
        }

        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);
        double f = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * f;
        return u * f;
    }

    /// <summary>Gamma with the given shape and scale (Marsaglia &amp; Tsang 2000; shape &lt; 1 by boosting).</summary>
    public double Gamma(double shape, double scale)
    {
        if (shape < 1.0)
        {
            double u = NextDouble();
            return Gamma(shape + 1.0, scale) * Math.Pow(u, 1.0 / shape);
        }

        double d = shape - 1.0 / 3.0, c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1.0 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            double u = NextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1.0 - v + Math.Log(v))) return d * v * scale;
        }
    }

    /// <summary>Beta(a, b) as a ratio of gammas.</summary>
    public double Beta(double a, double b)
    {
        double x = Gamma(a, 1.0), y = Gamma(b, 1.0);
        return x + y > 0 ? x / (x + y) : 0.5;
    }

    /// <summary>Poisson with the given mean: by inversion for small means, the rounded normal otherwise.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        double limit = Math.Exp(-mean), product = NextDouble();
        int n = 0;
        while (product > limit)
        {
            product *= NextDouble();
            n++;
        }

        return n;
    }

    /// <summary>An index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights) total += w;
        double u = NextDouble() * total;
        for (int i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }

        return weights.Length - 1;
    }

    private ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
