namespace Clientele.Web.Http;

/// <summary>Numbers on the wire: JSON has no NaN or infinity, and an undefined estimate is null, not a made-up zero.</summary>
public static class Numbers
{
    /// <summary><paramref name="value"/> when finite, else null.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary><paramref name="value"/> when present and finite, else null.</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
