namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// A tiny counter-based random stream (SplitMix64, Steele, Lea &amp; Flood 2014) keyed by (seed, customer, stream):
/// every customer's next year is drawn from its own stream, so all policies see the same draws (common random
/// numbers) and the result does not depend on the order customers are simulated in.
/// </summary>
internal struct StreamRandom
{
    private ulong _state;

    public StreamRandom(int seed, int customer, int stream) =>
        _state = Mix(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)customer) ^ ((ulong)(uint)stream << 32));

    /// <summary>A uniform draw in (0, 1).</summary>
    public double NextDouble()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return ((Mix(_state) >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard exponential draw.</summary>
    public double Exponential() => -Math.Log(NextDouble());

    /// <summary>A standard normal draw (Box–Muller, one of the pair).</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    /// <summary>A Gamma(shape, 1) draw (Marsaglia &amp; Tsang 2000; shape &lt; 1 by the U^(1/shape) boost).</summary>
    public double Gamma(double shape)
    {
        if (shape < 1) return Gamma(shape + 1) * Math.Pow(NextDouble(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z = Normal(), v = 1 + c * z;
            if (v <= 0) continue;
            v = v * v * v;
            double u = NextDouble();
            if (Math.Log(u) < 0.5 * z * z + d - d * v + d * Math.Log(v)) return d * v;
        }
    }

    /// <summary>A Beta(a, b) draw as G_a / (G_a + G_b).</summary>
    public double Beta(double a, double b)
    {
        double x = Gamma(a), y = Gamma(b);
        return x / (x + y);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
