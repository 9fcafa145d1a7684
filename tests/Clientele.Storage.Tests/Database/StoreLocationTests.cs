using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("Host=db.example;Database=crm;Username=u;Password=secret", StoreProvider.PostgreSql)]
    [InlineData("host = 127.0.0.1 ; Port=5433; Database=x", StoreProvider.PostgreSql)]
    [InlineData("Data Source=/tmp/a.db", StoreProvider.Sqlite)]
    [InlineData("/tmp/hostile=name.db", StoreProvider.Sqlite)]
    [InlineData("shop.db", StoreProvider.Sqlite)]
    public void Parse_Text_PicksProvider(string text, StoreProvider expected) =>
        Assert.Equal(expected, StoreLocation.Parse(text).Provider);

    [Fact]
    public void Parse_PostgresWithPassword_DisplayNameHidesPassword()
    {
        var location = StoreLocation.Parse("Host=db.example;Port=6000;Database=crm;Username=u;Password=secret");

        Assert.Equal("postgresql://db.example:6000/crm", location.DisplayName);
        Assert.Null(location.FilePath);
    }

    [Fact]
    public void Parse_Directory_MeansClienteleDbInIt()
    {
        var directory = Path.GetTempPath();

        Assert.Equal(Path.Combine(Path.GetFullPath(directory), "clientele.db"), StoreLocation.Parse(directory).FilePath);
    }

    [Theory]
    [InlineData(null, null, "clientele.db")]
    [InlineData(null, "env.db", "env.db")]
    [InlineData("opt.db", "env.db", "opt.db")]
    [InlineData("", "  ", "clientele.db")]
    public void Resolve_OptionThenEnvironmentThenDefault(string? option, string? environment, string expectedFile) =>
        Assert.Equal(Path.GetFullPath(expectedFile), StoreLocation.Resolve(option, environment).FilePath);

    [Fact]
    public void Parse_Empty_ThrowsNamingParameter() =>
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => StoreLocation.Parse(" ")).ParamName);

    [Theory]
    [InlineData("0.0001", true)]
    [InlineData("-900000000000000", true)]
    [InlineData("0.00001", false)]
    [InlineData("900000000000000.0001", false)]
    public void StoredDecimal_IsStorable_FourPlacesAndRange(string text, bool expected) =>
        Assert.Equal(expected, StoredDecimal.IsStorable(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
}
