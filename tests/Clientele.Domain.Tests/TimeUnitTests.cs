namespace Clientele.Domain.Tests;

public sealed class TimeUnitTests
{
    [Theory]
    [InlineData(TimeUnit.Day, 1.0)]
    [InlineData(TimeUnit.Week, 7.0)]
    [InlineData(TimeUnit.Month, 30.4375)]
    public void Days_EachUnit_IsItsLengthInDays(TimeUnit unit, double days) => Assert.Equal(days, unit.Days());

    [Theory]
    [InlineData("day", TimeUnit.Day)]
    [InlineData(" Weeks ", TimeUnit.Week)]
    [InlineData("M", TimeUnit.Month)]
    public void Parse_CommonSpellings_AreAccepted(string text, TimeUnit expected) => Assert.Equal(expected, TimeUnitExtensions.Parse(text));

    [Fact]
    public void Parse_UnknownUnit_ThrowsWithTheChoices()
    {
        var e = Assert.Throws<FormatException>(() => TimeUnitExtensions.Parse("fortnight"));
        Assert.Contains("use day, week or month", e.Message);
    }
}
