namespace Clientele.Analytics.Rfm;

/// <summary>
/// RFM scores of a set of customers as columns, in the order of the input, with each customer's
/// composite score and segment, and the number of customers per segment.
/// </summary>
public sealed class RfmScores
{
    private readonly byte[] _r;
    private readonly byte[] _f;
    private readonly byte[] _m;
    private readonly double[] _composite;
    private readonly int[] _segment;
    private readonly int[] _segmentCounts;

    internal RfmScores(byte[] r, byte[] f, byte[] m, double[] composite, int[] segment, IReadOnlyList<string> segmentNames, RfmWeights weights)
    {
        _r = r;
        _f = f;
        _m = m;
        _composite = composite;
        _segment = segment;
        SegmentNames = segmentNames;
        Weights = weights;
        _segmentCounts = new int[segmentNames.Count];
        foreach (var s in segment) _segmentCounts[s]++;
    }

    /// <summary>The number of customers scored.</summary>
    public int Count => _r.Length;

    /// <summary>R: recency score 1–5 (5 = most recent).</summary>
    public ReadOnlySpan<byte> Recency => _r;

    /// <summary>F: frequency score 1–5 (5 = most purchase days).</summary>
    public ReadOnlySpan<byte> Frequency => _f;

    /// <summary>M: monetary score 1–5 (5 = highest revenue).</summary>
    public ReadOnlySpan<byte> Monetary => _m;

    /// <summary>wR·R + wF·F + wM·M.</summary>
    public ReadOnlySpan<double> Composite => _composite;

    /// <summary>Each customer's segment as an index into <see cref="SegmentNames"/>.</summary>
    public ReadOnlySpan<int> SegmentIndex => _segment;

    /// <summary>The segment names of the scheme used.</summary>
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>Customers per segment, index for index with <see cref="SegmentNames"/>.</summary>
    public ReadOnlySpan<int> SegmentCounts => _segmentCounts;

    /// <summary>The composite weights used.</summary>
    public RfmWeights Weights { get; }

    /// <summary>The segment name of customer <paramref name="index"/>.</summary>
    public string Segment(int index) => SegmentNames[_segment[index]];

    /// <summary>The number of customers in the named segment (0 for an unknown name).</summary>
    public int CountOf(string segment)
    {
        int i = SegmentNames.ToList().IndexOf(segment);
        return i < 0 ? 0 : _segmentCounts[i];
    }
}
