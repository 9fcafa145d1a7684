using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace Clientele.Analytics.Numerics;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z &lt; 1,
/// as needed by the BG/NBD and Pareto/NBD expectations (Fader, Hardie &amp; Lee 2005, eqs. 7 and 10).
/// </summary>
/// <remarks>
/// <para>Method, by the region of z (Abramowitz &amp; Stegun 15.1.1, 15.3.5, 15.3.6):</para>
/// <list type="bullet">
/// <item>0 ≤ z ≤ 0.9: the power series, summed with the term ratio
/// ((a+n)/(n+1))·((b+n)/(c+n))·z and rescaled whenever the partial sum passes 1e200, so huge
/// parameters (a, b in the tens of thousands) neither overflow nor lose the logarithm.</item>
/// <item>z &lt; 0: Pfaff's transformation ₂F₁(a,b;c;z) = (1−z)^−a ₂F₁(a, c−b; c; z/(z−1)), which maps z into [0, 1).</item>
/// <item>0.9 &lt; z &lt; 1: the 1−z connection formula when c−a−b is at least 1e-4 away from an
/// integer; otherwise the power series, which then needs about −ln(ε)/(1−z) terms.</item>
/// </list>
/// <para>Accuracy: about 1e-13 relative where the result is not the difference of two nearly
/// equal terms, for |a|, |b|, |c| up to about 1e5 and 1 − z down to about 1e-10. The series is
/// abandoned after 2,000,000 terms with an <see cref="ArithmeticException"/>.</para>
/// </remarks>
public static class Hypergeometric
{
    private const double SeriesLimit = 0.9;
    private const int MaxTerms = 2_000_000;
    private const double Rescale = 1e200;
    private static readonly double LogRescale = Math.Log(Rescale);

    /// <summary>₂F₁(a, b; c; z) for real z &lt; 1.</summary>
    /// <exception cref="ArgumentException">z ≥ 1 or NaN, any argument is not finite, or c is a non-positive integer.</exception>
    /// <exception cref="ArithmeticException">The series did not converge (see remarks for the accurate range).</exception>
    public static double Hyp2F1(double a, double b, double c, double z)
    {
        var value = Evaluate(a, b, c, z);
        return value.Sign == 0 ? 0.0 : value.Sign * Math.Exp(value.Log);
    }

    /// <summary>
    /// ln ₂F₁(a, b; c; z) for real z &lt; 1, finite even where ₂F₁ itself overflows a double
    /// (e.g. a = b = 10,000, z = 0.5). NaN when ₂F₁(a, b; c; z) ≤ 0.
    /// </summary>
    /// <exception cref="ArgumentException">z ≥ 1 or NaN, any argument is not finite, or c is a non-positive integer.</exception>
    /// <exception cref="ArithmeticException">The series did not converge.</exception>
    public static double LogHyp2F1(double a, double b, double c, double z)
    {
        var value = Evaluate(a, b, c, z);
        return value.Sign > 0 ? value.Log : double.NaN;
    }

    private static SignedLog Evaluate(double a, double b, double c, double z)
    {
        if (!double.IsFinite(a)) throw new ArgumentException($"Parameter a must be finite, got {a}.", nameof(a));
        if (!double.IsFinite(b)) throw new ArgumentException($"Parameter b must be finite, got {b}.", nameof(b));
        if (!double.IsFinite(c)) throw new ArgumentException($"Parameter c must be finite, got {c}.", nameof(c));
        if (!(z < 1) || double.IsNegativeInfinity(z))
        {
            throw new ArgumentException($"Argument z must be finite and below 1, got {z}.", nameof(z));
        }

        if (c <= 0 && c == Math.Floor(c))
        {
            throw new ArgumentException($"Parameter c must not be zero or a negative integer, got {c}.", nameof(c));
        }

        return EvaluateUnchecked(a, b, c, z);
    }

    private static SignedLog EvaluateUnchecked(double a, double b, double c, double z)
    {
        if (z == 0 || a == 0 || b == 0) return SignedLog.One;

        if (z < 0)
        {
            // Pfaff: the series in w = z/(z−1) ∈ (0, 1) has no alternating cancellation.
            double w = z / (z - 1);
            var inner = EvaluateUnchecked(a, c - b, c, w);
            return inner.Times(-a * LogMath.Log1P(-z));
        }

        if (z <= SeriesLimit) return Series(a, b, c, z);

        double s = c - a - b;
        if (Math.Abs(s - Math.Round(s)) < 1e-4) return Series(a, b, c, z);
        return OneMinusZ(a, b, c, z, s);
    }

    /// <summary>A&amp;S 15.3.6: the connection formula around z = 1, valid for non-integer c − a − b.</summary>
    private static SignedLog OneMinusZ(double a, double b, double c, double z, double s)
    {
        double y = 1 - z;
        var gc = LogGamma(c);
        var first = gc.Times(LogGamma(s)).Over(LogGamma(c - a)).Over(LogGamma(c - b));
        if (first.Sign != 0) first = first.Times(Series(a, b, 1 - s, y));

        var second = gc.Times(LogGamma(-s)).Over(LogGamma(a)).Over(LogGamma(b));
        if (second.Sign != 0) second = second.Times(Series(c - a, c - b, 1 + s, y)).Times(s * Math.Log(y));

        return SignedLog.Add(first, second);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SignedLog Series(double a, double b, double c, double z)
    {
        double sum = 1, term = 1, logScale = 0;
        double zAbs = Math.Abs(z);
        for (int n = 0; n < MaxTerms; n++)
        {
            // Divide before multiplying so the ratio of large parameters never overflows.
            double ratio = (a + n) / (n + 1) * ((b + n) / (c + n)) * z;
            term *= ratio;
            if (term == 0) break;
            sum += term;
            if (Math.Abs(sum) > Rescale || Math.Abs(term) > Rescale)
            {
                sum /= Rescale;
                term /= Rescale;
                logScale += LogRescale;
            }

            // Once the ratios are below 1 the tail is bounded by a geometric series.
            double bound = Math.Max(Math.Abs(ratio), zAbs);
            if (bound < 1 && Math.Abs(term) * bound / (1 - bound) <= 1e-17 * Math.Abs(sum)) break;
            if (n == MaxTerms - 1)
            {
                throw new ArithmeticException(
                    $"The hypergeometric series 2F1({a}, {b}; {c}; {z}) did not converge in {MaxTerms} terms; z is too close to 1 for these parameters.");
            }
        }

        if (!double.IsFinite(sum)) throw new ArithmeticException($"The hypergeometric series 2F1({a}, {b}; {c}; {z}) overflowed.");
        if (sum == 0) return SignedLog.Zero;
        return new SignedLog(Math.Sign(sum), Math.Log(Math.Abs(sum)) + logScale);
    }

    /// <summary>ln|Γ(x)| with the sign of Γ(x); a pole (x a non-positive integer) gives an infinite value, encoded as sign 0 of its reciprocal by <see cref="SignedLog.Over"/>.</summary>
    private static SignedLog LogGamma(double x)
    {
        if (x > 0) return new SignedLog(1, SpecialFunctions.GammaLn(x));
        if (x == Math.Floor(x)) return SignedLog.Pole;

        // Reflection: Γ(x) = π / (sin(πx) Γ(1 − x)).
        double sin = double.SinPi(x);
        return new SignedLog(Math.Sign(sin), Math.Log(Math.PI) - Math.Log(Math.Abs(sin)) - SpecialFunctions.GammaLn(1 - x));
    }

    /// <summary>A real number as sign · exp(Log); a pole is sign 2 (only ever divided by).</summary>
    private readonly record struct SignedLog(int Sign, double Log)
    {
        public static SignedLog One => new(1, 0);

        public static SignedLog Zero => new(0, double.NegativeInfinity);

        public static SignedLog Pole => new(2, double.PositiveInfinity);

        public SignedLog Times(SignedLog other)
        {
            if (Sign == 0 || other.Sign == 0) return Zero;
            if (Sign == 2 || other.Sign == 2) throw new ArithmeticException("A gamma-function pole reached the hypergeometric connection formula.");
            return new SignedLog(Sign * other.Sign, Log + other.Log);
        }

        public SignedLog Times(double logFactor) => Sign == 0 ? this : this with { Log = Log + logFactor };

        public SignedLog Over(SignedLog other)
        {
            if (other.Sign == 2) return Zero;
            if (Sign == 0) return Zero;
            return new SignedLog(Sign * other.Sign, Log - other.Log);
        }

        public static SignedLog Add(SignedLog x, SignedLog y)
        {
            if (x.Sign == 0) return y;
            if (y.Sign == 0) return x;
            var (big, small) = x.Log >= y.Log ? (x, y) : (y, x);
            double ratio = Math.Exp(small.Log - big.Log) * big.Sign * small.Sign;
            double mantissa = 1 + ratio;
            if (mantissa == 0) return Zero;
            return new SignedLog(big.Sign * Math.Sign(mantissa), big.Log + Math.Log(Math.Abs(mantissa)));
        }
    }
}
