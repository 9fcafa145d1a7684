namespace Clientele.Analytics.Metrics;

/// <summary>
/// One measured number, or null with the reason it cannot be computed from the data (no survey responses, zero
/// investment, …): a measure never turns an empty denominator into a division error or a made-up zero.
/// </summary>
/// <param name="Value">The value; null when it cannot be computed.</param>
/// <param name="Reason">Why <paramref name="Value"/> is null; null when there is a value.</param>
public sealed record Measure(double? Value, string? Reason)
{
    /// <summary>A computed value; NaN or an infinity is refused (a defect, not data).</summary>
    /// <exception cref="ArgumentException">The value is not finite.</exception>
    public static Measure Of(double value) =>
        double.IsFinite(value) ? new Measure(value, null) : throw new ArgumentException($"A measure must be finite, got {value}.", nameof(value));

    /// <summary>No value, for the stated reason.</summary>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    public static Measure Unknown(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A measure without a value needs a reason.", nameof(reason)) : new Measure(null, reason);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or unknown for <paramref name="reasonWhenZero"/> when the denominator is 0.</summary>
    public static Measure Ratio(double numerator, double denominator, string reasonWhenZero) =>
        denominator == 0 ? Unknown(reasonWhenZero) : Of(numerator / denominator);

    /// <summary>Whether there is a value.</summary>
    public bool HasValue => Value is not null;

    /// <summary>This measure with <paramref name="map"/> applied to its value; an unknown stays unknown with its reason.</summary>
    public Measure Map(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Value is { } v ? Of(map(v)) : this;
    }
}
