using Clientele.Allocation.Tiers;

namespace Clientele.Allocation.Tests.Tiers;

public class TierClassifierTests
{
    // 1…20 in a scrambled order: the top 5% of 20 is 1 customer (20), the next 15% is 3 (19, 18, 17).
    private static readonly double[] OneToTwenty = [7, 20, 3, 15, 1, 19, 12, 9, 17, 5, 2, 18, 11, 4, 16, 6, 13, 10, 8, 14];

    [Fact]
    public void Assign_CustomerShareDefault_CutsTopFivePercentAndNextFifteen()
    {
        var result = TierClassifier.Assign(OneToTwenty);

        // c0 = score of rank 2 = 19, c1 = score of rank 5 = 16.
        Assert.Equal([19.0, 16.0], result.Cuts);
        Assert.Equal([1, 3, 16], result.Counts.ToArray());
        Assert.Equal([20.0, 19 + 18 + 17, 136], result.Values.ToArray());
        Assert.Equal("gold", result.Tier(1));
        Assert.Equal("silver", result.Tier(5));
        Assert.Equal("silver", result.Tier(8));
        Assert.Equal("standard", result.Tier(14));
    }

    [Fact]
    public void Assign_ValueShare_KeyAccountsMakeUpEightyPercent()
    {
        var scheme = new TierScheme(["key", "major", "other"], [0.80, 0.15], TierCutBasis.ValueShare);

        var result = TierClassifier.Assign([10, 2, 50, 5, 30, 3], scheme);

        // 50 + 30 = 80 reaches 80% of 100; 80 + 10 + 5 = 95 reaches 95%.
        Assert.Equal([10.0, 3.0], result.Cuts);
        Assert.Equal(["major", "other", "key", "major", "key", "other"], Enumerable.Range(0, 6).Select(result.Tier));
        Assert.Equal([80.0, 15, 5], result.Values.ToArray());
    }

    [Fact]
    public void Assign_ValueShareCrossingCustomer_IsIncluded()
    {
        var scheme = new TierScheme(["key", "other"], [0.80], TierCutBasis.ValueShare);

        // 60 < 80 of 100, 60 + 25 = 85 ≥ 80: the customer that crosses 80% is a key account.
        var result = TierClassifier.Assign([60, 25, 15], scheme);

        Assert.Equal([2, 1], result.Counts.ToArray());
        Assert.Equal([15.0], result.Cuts);
    }

    [Fact]
    public void Assign_PreviousGoldJustBelowCut_HysteresisKeepsGold()
    {
        var previous = new string?[OneToTwenty.Length];
        previous[5] = "gold"; // score 19 = the gold cut: not > 19, but > 19 − 1.9.
        previous[1] = "silver"; // score 20 > 19 but not > 19 + 1.9: stays silver.
        previous[3] = "silver"; // score 15 < silver cut 16 but > 16 − 1.6: stays silver.
        previous[6] = "silver"; // score 12 ≤ 14.4: falls to standard.

        var result = TierClassifier.Assign(OneToTwenty, previousTiers: previous);

        Assert.Equal("gold", result.Tier(5));
        Assert.Equal("silver", result.Tier(1));
        Assert.Equal("silver", result.Tier(3));
        Assert.Equal("standard", result.Tier(6));
        Assert.Equal(3, result.HeldByHysteresis);
        Assert.Equal(1, result.Changed);
        Assert.Equal([19.0, 16.0], result.Cuts);
    }

    [Fact]
    public void Assign_WellPastTheCut_Moves()
    {
        double[] scores = [100, 17, .. Enumerable.Range(1, 18).Select(i => (double)i).Where(i => i != 17), 19];
        var previous = new string?[scores.Length];
        previous[0] = "standard"; // 100 > 19 + 1.9: rises two tiers.
        previous[1] = "gold"; // 17 ≤ 19 − 1.9 = 17.1: falls to silver (17 > 16 − 1.6).

        var result = TierClassifier.Assign(scores, previousTiers: previous);

        Assert.Equal([19.0, 16.0], result.Cuts);
        Assert.Equal("gold", result.Tier(0));
        Assert.Equal("silver", result.Tier(1));
        Assert.Equal(0, result.HeldByHysteresis);
        Assert.Equal(2, result.Changed);
    }

    [Fact]
    public void Assign_ZeroMargin_IgnoresPreviousTiers()
    {
        var scheme = TierScheme.Default;
        var noMargin = new TierScheme(scheme.Names, scheme.Shares, scheme.Basis, 0);
        var previous = Enumerable.Repeat<string?>("gold", OneToTwenty.Length).ToArray();

        var result = TierClassifier.Assign(OneToTwenty, noMargin, previous);

        Assert.Equal([1, 3, 16], result.Counts.ToArray());
        Assert.Equal(19, result.Changed);
    }

    [Fact]
    public void Assign_TieAcrossTheCut_FallsTogetherToTheLowerTier()
    {
        // 20 customers, the two best tie at 50: gold may hold 1, so neither is gold.
        double[] scores = [50, 50, .. Enumerable.Range(1, 18).Select(i => (double)i)];

        var result = TierClassifier.Assign(scores);

        Assert.Equal([50.0, 16.0], result.Cuts);
        Assert.Equal([0, 4, 16], result.Counts.ToArray());
        Assert.Equal(result.Tier(0), result.Tier(1));
    }

    [Fact]
    public void Assign_ReorderedInput_GivesEachCustomerTheSameTier()
    {
        double[] scores = [5, 9, 9, 1, 9, 3, 7, 7, 2, 8];
        var scheme = new TierScheme(["a", "b", "c"], [0.2, 0.3]);
        var reversed = scores.Reverse().ToArray();

        var forward = TierClassifier.Assign(scores, scheme);
        var backward = TierClassifier.Assign(reversed, scheme);

        for (var i = 0; i < scores.Length; i++) Assert.Equal(forward.Tier(i), backward.Tier(scores.Length - 1 - i));
    }

    [Fact]
    public void Assign_Empty_NoCutsAndNoCustomers()
    {
        var result = TierClassifier.Assign([]);

        Assert.Equal(0, result.Count);
        Assert.Equal([null, null], result.Cuts);
        Assert.Equal([0, 0, 0], result.Counts.ToArray());
    }

    [Theory]
    [InlineData(TierCutBasis.CustomerShare)]
    [InlineData(TierCutBasis.ValueShare)]
    public void Assign_AllZeroScores_EveryoneInTheLastTier(TierCutBasis basis)
    {
        var scheme = new TierScheme(["gold", "silver", "standard"], [0.05, 0.15], basis);

        var result = TierClassifier.Assign(new double[40], scheme);

        Assert.Equal([0, 0, 40], result.Counts.ToArray());
        Assert.Equal([0.0, 0.0], result.Cuts);
    }

    [Fact]
    public void Assign_SharesCoverEveryone_LastCutIsNull()
    {
        var scheme = new TierScheme(["top", "rest-of-them", "empty"], [0.5, 0.5]);

        var result = TierClassifier.Assign([4, 3, 2, 1], scheme);

        Assert.Equal([2.0, null], result.Cuts);
        Assert.Equal([2, 2, 0], result.Counts.ToArray());
    }

    [Fact]
    public void Assign_UnknownPreviousTier_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => TierClassifier.Assign([1, 2], previousTiers: ["gold", "platinum"]));

        Assert.Contains("'platinum'", e.Message);
        Assert.Equal("previousTiers", e.ParamName);
    }

    [Fact]
    public void Assign_NaNScore_ThrowsNamingTheCustomer()
    {
        var e = Assert.Throws<ArgumentException>(() => TierClassifier.Assign([1, double.NaN]));

        Assert.Contains("Score 1", e.Message);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { 0.5, 0.2 }, "needs 1 shares")]
    [InlineData(new[] { "a", "b", "c" }, new[] { 0.7, 0.5 }, "add up to 1.2")]
    [InlineData(new[] { "a", "A" }, new[] { 0.5 }, "appears twice")]
    [InlineData(new[] { "a", "b" }, new[] { 0.0 }, "must be in (0, 1]")]
    public void TierScheme_InvalidShares_ThrowsWithReason(string[] names, double[] shares, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => new TierScheme(names, shares));

        Assert.Contains(reason, e.Message);
    }
}
