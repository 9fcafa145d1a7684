using Clientele.Analytics.Rfm;

namespace Clientele.Analytics.Tests.Rfm;

public class RfmSegmentSchemeTests
{
    [Fact]
    public void Default_Every125Cells_MatchesARuleAndAllElevenSegmentsOccur()
    {
        var seen = new HashSet<string>();
        for (int r = 1; r <= 5; r++)
        for (int f = 1; f <= 5; f++)
        for (int m = 1; m <= 5; m++)
        {
            var segment = RfmSegmentScheme.Default.Classify(r, f, m);
            Assert.NotEqual("Other", segment);
            seen.Add(segment);
        }

        string[] expected = ["Champions", "Loyal", "Potential loyalists", "New", "Promising", "Need attention",
            "About to sleep", "Can't lose them", "At risk", "Lost", "Hibernating"];
        Assert.Equal(expected.Order(), seen.Order());
    }

    [Theory]
    [InlineData(5, 5, 5, "Champions")]
    [InlineData(5, 4, 3, "Champions")]
    [InlineData(4, 5, 5, "Loyal")]
    [InlineData(3, 4, 3, "Loyal")]
    [InlineData(5, 2, 3, "Potential loyalists")]
    [InlineData(5, 1, 1, "New")]
    [InlineData(4, 1, 1, "Promising")]
    [InlineData(3, 3, 3, "Need attention")]
    [InlineData(3, 1, 2, "About to sleep")]
    [InlineData(1, 5, 4, "Can't lose them")]
    [InlineData(2, 3, 3, "At risk")]
    [InlineData(1, 1, 1, "Lost")]
    [InlineData(2, 1, 1, "Hibernating")]
    [InlineData(1, 2, 1, "Hibernating")]
    public void Default_Cell_GetsDocumentedSegment(int r, int f, int m, string expected)
    {
        Assert.Equal(expected, RfmSegmentScheme.Default.Classify(r, f, m));
    }

    [Fact]
    public void FromJson_CustomRules_FirstMatchWinsThenFallback()
    {
        var scheme = RfmSegmentScheme.FromJson("""
            { "fallback": "Rest",
              "rules": [ { "name": "Top", "rMin": 4, "fMin": 4 },
                         { "name": "Big spender", "mMin": 5 },
                         { "name": "Top", "rMin": 5, "mMin": 4 } ] }
            """);

        Assert.Equal(["Top", "Big spender", "Rest"], scheme.SegmentNames);
        Assert.Equal("Top", scheme.Classify(5, 5, 5));
        Assert.Equal("Big spender", scheme.Classify(1, 1, 5));
        Assert.Equal("Top", scheme.Classify(5, 1, 4));
        Assert.Equal("Rest", scheme.Classify(3, 3, 3));
    }

    [Fact]
    public void FromJson_UsedInScoring_CountsSegments()
    {
        var scheme = RfmSegmentScheme.FromJson("""{ "rules": [ { "name": "Recent", "rMin": 4 } ] }""");

        var scores = RfmScorer.Score([1, 2, 3, 4, 5], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], segmentation: scheme);

        Assert.Equal(["Recent", "Other"], scores.SegmentNames);
        Assert.Equal([2, 3], scores.SegmentCounts.ToArray());
    }

    [Theory]
    [InlineData("""{ "rules": [ { "name": "A" }, { "name": "B", "rMax": 7 } ] }""", "Rule 1 ('B'): field \"rMax\"")]
    [InlineData("""{ "rules": [ { "name": "A", "fMin": "high" } ] }""", "Rule 0 ('A'): field \"fMin\"")]
    [InlineData("""{ "rules": [ { "name": "A", "mMin": 4, "mMax": 2 } ] }""", "Rule 0 ('A'): field \"mMax\"")]
    [InlineData("""{ "rules": [ { "rMin": 4 } ] }""", "Rule 0: field \"name\"")]
    [InlineData("""{ "rules": [ ] }""", "non-empty \"rules\" array")]
    [InlineData("""{ "rules": [ { "name": "A" """, "not valid JSON")]
    public void FromJson_BadInput_ThrowsNamingRuleAndField(string json, string expectedMessagePart)
    {
        var e = Assert.Throws<ArgumentException>(() => RfmSegmentScheme.FromJson(json));

        Assert.Contains(expectedMessagePart, e.Message);
        Assert.Equal("json", e.ParamName);
    }

    [Fact]
    public void RfmSegmentRule_MinAboveMax_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new RfmSegmentRule("x", 3, 2, 1, 5, 1, 5));
        Assert.Equal("rMax", e.ParamName);
    }
}
