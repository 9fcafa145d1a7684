namespace Clientele.Analytics.Rfm;

/// <summary>
/// The eight-segment high/low RFM model common in Chinese practice ("cn8"): each of R, F and M is
/// "high" when the customer's score is strictly above the mean score of all scored customers
/// (R high = more recent), giving 2³ segments. Segment indexes follow the order of
/// <see cref="ChineseNames"/> / <see cref="EnglishNames"/>.
/// </summary>
public sealed class HighLowSegmentation : IRfmSegmentation
{
    private HighLowSegmentation(IReadOnlyList<string> names) => SegmentNames = names;

    /// <summary>The segment names in Chinese, by index: R↑F↑M↑, R↑F↓M↑, R↓F↑M↑, R↓F↓M↑, R↑F↑M↓, R↑F↓M↓, R↓F↑M↓, R↓F↓M↓.</summary>
    public static IReadOnlyList<string> ChineseNames { get; } =
        ["重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户", "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户"];

    /// <summary>The same segments in English, index for index with <see cref="ChineseNames"/>.</summary>
    public static IReadOnlyList<string> EnglishNames { get; } =
        ["Important value", "Important development", "Important retention", "Important win-back",
         "General value", "General development", "General retention", "General win-back"];

    /// <summary>The cn8 scheme labelled with the Chinese names.</summary>
    public static HighLowSegmentation Cn8 { get; } = new(ChineseNames);

    /// <summary>The cn8 scheme labelled with the English names.</summary>
    public static HighLowSegmentation Cn8English { get; } = new(EnglishNames);

    /// <inheritdoc />
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>The segment index for high/low flags.</summary>
    public static int SegmentIndex(bool recencyHigh, bool frequencyHigh, bool monetaryHigh) =>
        (monetaryHigh ? 0 : 4) + (recencyHigh ? 0 : 2) + (frequencyHigh ? 0 : 1);

    /// <inheritdoc />
    public void Assign(ReadOnlySpan<byte> recency, ReadOnlySpan<byte> frequency, ReadOnlySpan<byte> monetary, Span<int> segment)
    {
        double meanR = Mean(recency), meanF = Mean(frequency), meanM = Mean(monetary);
        for (int i = 0; i < segment.Length; i++)
        {
            segment[i] = SegmentIndex(recency[i] > meanR, frequency[i] > meanF, monetary[i] > meanM);
        }
    }

    private static double Mean(ReadOnlySpan<byte> scores)
    {
        long sum = 0;
        foreach (var s in scores) sum += s;
        return scores.Length == 0 ? 0 : (double)sum / scores.Length;
    }
}
