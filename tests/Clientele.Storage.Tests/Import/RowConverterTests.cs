using System.Globalization;
using Clientele.Storage.Import;

namespace Clientele.Storage.Tests.Import;

/// <summary>The hand-written fast paths of the row converter against the general formatters and parsers they replace.</summary>
public sealed class RowConverterTests
{
    [Theory]
    [InlineData(0x0123456789abcdefL, "C00000001", 2024, 1, 7, "C00000001/20240107/0123456789abcdef")]
    [InlineData(-1L, "c", 1, 1, 1, "c/00010101/ffffffffffffffff")]
    [InlineData(0L, "x/y", 9999, 12, 31, "x/y/99991231/0000000000000000")]
    [InlineData(long.MinValue, "", 2025, 10, 5, "/20251005/8000000000000000")]
    public void DerivedId_CustomerAndDate_CustomerSlashDaySlashSixteenHexDigits(long hash, string customer, int year, int month, int day, string expected)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(expected, RowConverter.DerivedId(hash, customer, date));

        // The format the ids of existing stores were derived with (re-importing a file must find them again).
        Assert.Equal($"{customer}/{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}/{hash.ToString("x16", CultureInfo.InvariantCulture)}", RowConverter.DerivedId(hash, customer, date));
    }

    [Fact]
    public void DerivedId_NoDateOrNoCustomer_EmptyDayOrHashOnly()
    {
        Assert.Equal("c1//00000000000000ff", RowConverter.DerivedId(255, "c1"));
        Assert.Equal("h00000000000000ff", RowConverter.DerivedId(255));
    }

    [Theory]
    [InlineData("23.08")]
    [InlineData("-23.08")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("0.0001")]
    [InlineData("-0.0001")]
    [InlineData("1.50")]
    [InlineData("1.5000")]
    [InlineData("007")]
    [InlineData("100")]
    [InlineData("999999999999999")]
    [InlineData("99999999999.9999")]
    [InlineData("-900000000000000")]
    public void PlainNumber_PlainDecimal_SameValueAndScaleAsDecimalParse(string text)
    {
        decimal expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        decimal? plain = RowConverter.PlainNumber(text, ".");

        Assert.NotNull(plain);
        Assert.Equal(expected, plain.Value);
        Assert.Equal(expected.Scale, plain.Value.Scale);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), plain.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1e3")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("0.00001")]
    [InlineData("1000000000000000")]
    [InlineData("NaN")]
    [InlineData("--1")]
    public void PlainNumber_AnythingElse_NullForTheGeneralParser(string text) => Assert.Null(RowConverter.PlainNumber(text, "."));

    [Fact]
    public void PlainNumber_CommaSeparator_ReadsCommaNotPoint()
    {
        Assert.Equal(12.5m, RowConverter.PlainNumber("12,5", ","));
        Assert.Null(RowConverter.PlainNumber("12.5", ","));
    }
}
