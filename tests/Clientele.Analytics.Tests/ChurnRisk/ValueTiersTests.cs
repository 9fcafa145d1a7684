using Clientele.Analytics.ChurnRisk;

namespace Clientele.Analytics.Tests.ChurnRisk;

public class ValueTiersTests
{
    [Theory]
    [InlineData(100, 5, 15)]
    [InlineData(20, 1, 3)]
    [InlineData(21, 2, 3)] // ⌈1.05⌉ = 2 gold, ⌈4.2⌉ = 5 gold or silver
    [InlineData(3, 1, 0)]
    public void Assign_NCustomers_GoldTopFivePercentSilverNextFifteen(int n, int gold, int silver)
    {
        var clv = Enumerable.Range(0, n).Select(i => (double)i).ToArray();

        var tiers = ValueTiers.Assign(clv);

        Assert.Equal(gold, tiers.Count(t => t == ValueTiers.Gold));
        Assert.Equal(silver, tiers.Count(t => t == ValueTiers.Silver));
        Assert.Equal(ValueTiers.Gold, tiers[n - 1]);
        Assert.Equal(ValueTiers.Standard, tiers[0]);
    }

    [Fact]
    public void Assign_NaNClv_Standard()
    {
        Assert.Equal([ValueTiers.Standard, ValueTiers.Gold], ValueTiers.Assign([double.NaN, 1.0]));
    }

    [Fact]
    public void Parse_UnknownDimension_FormatExceptionListingNames()
    {
        var e = Assert.Throws<FormatException>(() => RiskDimensions.Parse("colour"));
        Assert.Equal("'colour' is not a dimension; use one of month, quarter, year, segment, tier, dealer, region, industry, size, channel.", e.Message);
        Assert.Equal(RiskDimension.Size, RiskDimensions.Parse(" SIZE "));
    }
}
