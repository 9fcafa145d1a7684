using System.Globalization;
using System.Text;
using Clientele.Storage.Tables;

namespace Clientele.Storage.Tests.Tables;

public sealed class CsvTableWriterTests
{
    private static string WriteToString(params TableColumn[] columns)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, columns);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Fixed(double value, int decimals) => WriteToString(new NumberColumn("v", [value], decimals))["v\n".Length..^1];

    [Fact]
    public void Write_Header_NamesColumnsInOrderWithLf()
    {
        var text = WriteToString(
            new TextColumn("customer_id", ["a", "b"]),
            new NumberColumn("clv", [1.5, 2], 2),
            new IntegerColumn("r_score", [5, 1]));

        Assert.Equal("customer_id,clv,r_score\na,1.50,5\nb,2.00,1\n", text);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Smith, J", "\"Smith, J\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    [InlineData("重要价值客户", "重要价值客户")]
    public void Write_Text_QuotedOnlyWhenNeeded(string value, string expected)
    {
        Assert.Equal($"t\n{expected}\n", WriteToString(new TextColumn("t", [value])));
    }

    [Fact]
    public void Write_HeaderNameWithComma_IsQuoted()
    {
        Assert.Equal("\"a,b\"\n1\n", WriteToString(new IntegerColumn("a,b", [1])));
    }

    [Theory]
    [InlineData(0.125, 2, "0.13")]   // exact half: away from zero
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(1.0 / 3, 4, "0.3333")]
    [InlineData(-1.0 / 3, 6, "-0.333333")]
    [InlineData(12345.678, 2, "12345.68")]
    [InlineData(0.05, 4, "0.0500")]
    [InlineData(-0.0001, 2, "0.00")]  // rounds to zero: no "-0.00"
    [InlineData(-0.0, 2, "0.00")]
    [InlineData(0, 0, "0")]
    [InlineData(-7, 0, "-7")]
    [InlineData(1e-7, 6, "0.000000")]
    [InlineData(0.999999, 4, "1.0000")]
    [InlineData(8.99e12, 2, "8990000000000.00")]
    public void Write_Number_FixedDecimalsRoundHalfAwayFromZero(double value, int decimals, string expected)
    {
        Assert.Equal(expected, Fixed(value, decimals));
    }

    [Fact]
    public void Write_NaN_IsEmptyField()
    {
        Assert.Equal("a,v,b\n1,,2\n", WriteToString(new IntegerColumn("a", [1]), new NumberColumn("v", [double.NaN], 4), new IntegerColumn("b", [2])));
    }

    [Theory]
    [InlineData(1e20, 2)]
    [InlineData(-1e20, 2)]
    [InlineData(9.1e11, 4)]   // 9.1e15 once scaled: past the exact-integer range
    [InlineData(1.7976931348623157e308, 0)]
    [InlineData(double.PositiveInfinity, 2)]
    [InlineData(double.NegativeInfinity, 2)]
    public void Write_HugeOrInfinite_FallsBackToRoundTrip(double value, int decimals)
    {
        var text = Fixed(value, decimals);

        Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), text);
        Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_IntegerColumn_WritesExtremes()
    {
        Assert.Equal("i\n0\n-1\n2147483647\n-2147483648\n", WriteToString(new IntegerColumn("i", [0, -1, int.MaxValue, int.MinValue])));
    }

    [Fact]
    public void Write_MoreRowsThanOneBlock_IsByteIdenticalToSequentialReference()
    {
        const int rows = 200_003; // four blocks of 65,536, the last one partial
        var random = new Random(7);
        var ids = new string[rows];
        var numbers = new double[rows];
        var integers = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            ids[i] = i % 97 == 0 ? $"id {i}, \"quoted\"" : "c" + i.ToString(CultureInfo.InvariantCulture);
            numbers[i] = i % 1009 == 0 ? double.NaN : (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 8));
            integers[i] = random.Next(-1000, 1000);
        }

        var columns = new TableColumn[] { new TextColumn("id", ids), new NumberColumn("x", numbers, 3), new IntegerColumn("n", integers) };
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, columns);

        // The sequential reference: one row after the other with the obvious formatting.
        var reference = new StringBuilder("id,x,n\n");
        for (int i = 0; i < rows; i++)
        {
            reference.Append(ids[i].Contains(',') ? "\"" + ids[i].Replace("\"", "\"\"") + "\"" : ids[i]).Append(',');
            if (!double.IsNaN(numbers[i]))
            {
                var rounded = Math.Round(numbers[i] * 1000, MidpointRounding.AwayFromZero) / 1000;
                reference.Append((rounded == 0 ? 0 : rounded).ToString("F3", CultureInfo.InvariantCulture));
            }

            reference.Append(',').Append(integers[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var expected = Encoding.UTF8.GetBytes(reference.ToString());
        var actual = stream.ToArray();
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual), "the parallel output differs from the sequential reference");
    }

    [Fact]
    public void Write_Path_ReplacesFileAndLeavesNoTemp()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "old content that is longer than the new one\n");
        int reported = -1;

        CsvTableWriter.Write(file.Path, [new IntegerColumn("i", [1, 2, 3])], new SynchronousProgress(r => reported = r));

        Assert.Equal("i\n1\n2\n3\n", File.ReadAllText(file.Path));
        Assert.False(File.Exists(file.Path + ".tmp"));
        Assert.Equal(3, reported);
    }

    [Fact]
    public void Write_ColumnsOfDifferentLengths_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => WriteToString(new IntegerColumn("a", [1, 2]), new IntegerColumn("b", [1])));

        Assert.Equal("columns", e.ParamName);
        Assert.Contains("Column 'b' has 1 rows, expected 2", e.Message);
    }

    [Fact]
    public void Write_NoColumns_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => WriteToString());
    }

    [Fact]
    public void Write_EmptyColumns_WritesHeaderOnly()
    {
        Assert.Equal("a,b\n", WriteToString(new IntegerColumn("a", []), new TextColumn("b", [])));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
