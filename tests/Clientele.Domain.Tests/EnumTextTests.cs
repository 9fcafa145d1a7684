using Clientele.Domain.Entities;

namespace Clientele.Domain.Tests;

public sealed class EnumTextTests
{
    [Theory]
    [InlineData("marketing & promotion", CostCategory.MarketingPromotion)]
    [InlineData("marketing_promotion", CostCategory.MarketingPromotion)]
    [InlineData("MarketingPromotion", CostCategory.MarketingPromotion)]
    [InlineData("marketing", CostCategory.MarketingPromotion)]
    [InlineData("Channel / Partner", CostCategory.ChannelPartner)]
    [InlineData("customer service", CostCategory.CustomerService)]
    [InlineData("PEOPLE", CostCategory.People)]
    public void TryParse_PeoplesSpellings_FindTheCategory(string text, CostCategory expected)
    {
        Assert.True(EnumText.TryParse<CostCategory>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("gift", InteractionKind.CareGift)]
    [InlineData("service request", InteractionKind.ServiceRequest)]
    [InlineData("campaign touch", InteractionKind.CampaignTouch)]
    public void TryParse_InteractionKinds_IncludeTheSpecsShortNames(string text, InteractionKind expected)
    {
        Assert.True(EnumText.TryParse<InteractionKind>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("bribery")]
    public void TryParse_UnknownOrEmpty_IsFalse(string? text)
    {
        Assert.False(EnumText.TryParse<CostCategory>(text, out _));
    }

    [Fact]
    public void ToTextAndExpected_AreSnakeCase()
    {
        Assert.Equal("marketing_promotion", EnumText.ToText(CostCategory.MarketingPromotion));
        Assert.Equal("acquisition, retention, expansion", EnumText.Expected<LifecycleStage>());
    }
}
