namespace Clientele.Analytics.ChurnRisk;

/// <summary>One survey answer to the overall-satisfaction question.</summary>
/// <param name="Date">The day of the response.</param>
/// <param name="Value">The satisfaction given, on <paramref name="Scale"/> (e.g. 4 of 5).</param>
/// <param name="Scale">The top of the scale the question used (5 or 10).</param>
public sealed record SatisfactionReading(DateOnly Date, decimal Value, int Scale)
{
    /// <summary>The value as a share of the scale's top, Value / Scale, so answers on different scales compare.</summary>
    public double Share => Scale > 0 ? (double)Value / Scale : double.NaN;
}
