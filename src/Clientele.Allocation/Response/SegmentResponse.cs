namespace Clientele.Allocation.Response;

/// <summary>A segment's response to spend, with the least and most it may be given.</summary>
/// <param name="Segment">The segment's name.</param>
/// <param name="Curve">Its response curve.</param>
/// <param name="MinSpend">The least it must get (≥ 0).</param>
/// <param name="MaxSpend">The most it may get (≥ <paramref name="MinSpend"/>; +∞ for no limit).</param>
public sealed record SegmentResponse(string Segment, HillCurve Curve, double MinSpend = 0, double MaxSpend = double.PositiveInfinity);
