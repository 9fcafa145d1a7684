namespace Clientele.Analytics.Rfm;

/// <summary>A rule that names a segment for every customer from its R, F and M scores (1–5).</summary>
public interface IRfmSegmentation
{
    /// <summary>The segment names; a customer's segment is an index into this list.</summary>
    IReadOnlyList<string> SegmentNames { get; }

    /// <summary>Writes each customer's segment index. All spans have the same length.</summary>
    void Assign(ReadOnlySpan<byte> recency, ReadOnlySpan<byte> frequency, ReadOnlySpan<byte> monetary, Span<int> segment);
}
