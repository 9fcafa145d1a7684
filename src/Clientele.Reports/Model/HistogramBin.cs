namespace Clientele.Reports.Model;

/// <summary>One bin of a histogram: values in [<paramref name="From"/>, <paramref name="To"/>), the last bin open when To is null.</summary>
/// <param name="From">Lower edge (inclusive).</param>
/// <param name="To">Upper edge (exclusive), or null for the open last bin.</param>
/// <param name="Count">How many values fall in it.</param>
public sealed record HistogramBin(double From, double? To, int Count);
