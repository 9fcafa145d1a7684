using System.Text;
using Clientele.Storage.Files;

namespace Clientele.Storage.Tests.Files;

public sealed class TransactionFileReaderTests
{
    private static readonly TransactionFileFormat ByPosition = new(
        ColumnSelector.ByPosition(1), ColumnSelector.ByPosition(2), ColumnSelector.ByPosition(3));

    private static (TransactionReadResult Result, List<(string Id, DateOnly Date, double Amount)> Rows) Read(
        string path, TransactionFileFormat format, RejectWriter? rejects = null)
    {
        var sink = new CollectingSink();
        var result = TransactionFileReader.Read(path, format, sink, rejects);
        return (result, sink.Rows.Select(r => (result.CustomerIds[r.Customer], r.Date, r.Amount)).ToList());
    }

    private static (TransactionReadResult Result, List<(string Id, DateOnly Date, double Amount)> Rows) ReadText(
        string text, TransactionFileFormat format)
    {
        using var file = TempFile.WithText(text);
        return Read(file.Path, format);
    }

    private static InputFormatException ReadFails(string text, TransactionFileFormat format, out string path)
    {
        using var file = TempFile.WithText(text);
        path = file.Path;
        return Assert.Throws<InputFormatException>(() => TransactionFileReader.Read(file.Path, format, new CollectingSink()));
    }

    private static readonly (string Id, DateOnly Date, double Amount)[] ThreeRows =
    [
        ("c1", new DateOnly(2024, 1, 2), 10.5),
        ("c2", new DateOnly(2024, 2, 29), 3),
        ("c1", new DateOnly(2024, 12, 31), 0.25),
    ];

    private static string ThreeRowFile(string delimiter, string lead = "") =>
        $"{lead}customer_id{delimiter}date{delimiter}amount\n" +
        $"{lead}c1{delimiter}2024-01-02{delimiter}10.5\n" +
        $"{lead}c2{delimiter}2024-02-29{delimiter}3\n" +
        $"{lead}c1{delimiter}2024-12-31{delimiter}0.25\n";

    public static TheoryData<string, string, char> Delimiters => new()
    {
        { ",", "", ',' },
        { "\t", "", '\t' },
        { ";", "", ';' },
        { "|", "", '|' },
        { "   ", "  ", TransactionFileFormat.Whitespace }, // runs of spaces and a leading blank, as in CDNOW
        { " \t ", "", TransactionFileFormat.Whitespace },
    };

    [Theory]
    [MemberData(nameof(Delimiters))]
    public void Read_DelimiterNotGiven_DetectsItFromTheHeader(string delimiter, string lead, char expected)
    {
        // " \t " contains a tab, so detection picks tab and reads the blanks around it as padding.
        if (delimiter == " \t ") expected = '\t';
        var (result, rows) = ReadText(ThreeRowFile(delimiter, lead), TransactionFileFormat.Default);

        Assert.Equal(expected, result.Delimiter);
        Assert.True(result.HadHeader);
        Assert.Equal(ThreeRows, rows);
        Assert.Equal((3L, 3L, 0L), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
    }

    [Theory]
    [InlineData(",", ',')]
    [InlineData("\t", '\t')]
    [InlineData(";", ';')]
    [InlineData("|", '|')]
    [InlineData("  ", TransactionFileFormat.Whitespace)]
    public void Read_DelimiterGiven_UsesIt(string delimiter, char given)
    {
        var (result, rows) = ReadText(ThreeRowFile(delimiter), TransactionFileFormat.Default with { Delimiter = given });

        Assert.Equal(given, result.Delimiter);
        Assert.Equal(ThreeRows, rows);
    }

    [Fact]
    public void Read_GivenDelimiterDiffersFromDetection_GivenWins()
    {
        // The header holds as many commas as pipes, so detection would pick the comma.
        const string text = "customer_id|date|amount|a,b,c,d\nc1|2024-01-02|10.5|x,y\n";

        var (result, rows) = ReadText(text, TransactionFileFormat.Default with { Delimiter = '|' });
        var detected = ReadFails(text, TransactionFileFormat.Default, out _);

        Assert.Equal('|', result.Delimiter);
        Assert.Equal([("c1", new DateOnly(2024, 1, 2), 10.5)], rows);
        Assert.Equal("customer_id", detected.Field);
    }

    [Fact]
    public void Read_HeaderPresent_SkipsFirstLineEvenWhenItParses()
    {
        var (result, rows) = ReadText("c0,2024-01-01,1\nc1,2024-01-02,10.5\n", ByPosition with { Header = HeaderMode.Present });

        Assert.True(result.HadHeader);
        Assert.Equal(1, result.RowsRead);
        Assert.Equal([("c1", new DateOnly(2024, 1, 2), 10.5)], rows);
    }

    [Fact]
    public void Read_HeaderAbsent_ReadsFirstLineAsData()
    {
        var (result, rows) = ReadText("c1,2024-01-02,10.5\nc2,2024-02-29,3\nc1,2024-12-31,0.25", ByPosition with { Header = HeaderMode.Absent });

        Assert.False(result.HadHeader);
        Assert.Equal(ThreeRows, rows);
    }

    [Theory]
    [InlineData("id,day,value\nc1,2024-01-02,10.5\n", true, 1)]
    [InlineData("id,2024-01-01,value\nc1,2024-01-02,10.5\n", true, 1)] // the amount field does not parse
    [InlineData("c0,2024-01-01,7\nc1,2024-01-02,10.5\n", false, 2)]
    public void Read_HeaderAuto_DecidesFromDateAndAmountFields(string text, bool header, long rows)
    {
        var (result, read) = ReadText(text, ByPosition);

        Assert.Equal(header, result.HadHeader);
        Assert.Equal(rows, result.RowsRead);
        Assert.Equal(("c1", new DateOnly(2024, 1, 2), 10.5), read[^1]);
    }

    [Fact]
    public void Read_ColumnsByName_MatchCaseInsensitivelyInAnyOrder()
    {
        const string text = "Amount,Note,DATE,Customer_ID\n10.5,hello,2024-01-02,c1\n3,,2024-02-29,c2\n0.25,x,2024-12-31,c1\n";

        var (_, rows) = ReadText(text, TransactionFileFormat.Default);

        Assert.Equal(ThreeRows, rows);
    }

    [Fact]
    public void Read_ColumnsByPosition_AreOneBased()
    {
        const string text = "2024-01-02,ignored,10.5,c1\n2024-02-29,ignored,3,c2\n2024-12-31,ignored,0.25,c1\n";
        var format = new TransactionFileFormat(ColumnSelector.ByPosition(4), ColumnSelector.ByPosition(1), ColumnSelector.ByPosition(3));

        var (_, rows) = ReadText(text, format);

        Assert.Equal(ThreeRows, rows);
    }

    [Fact]
    public void Read_ColumnSelectorParse_NumberIsPositionTextIsName()
    {
        Assert.Equal(ColumnSelector.ByPosition(3), ColumnSelector.Parse(" 3 "));
        Assert.Equal(ColumnSelector.ByName("amount"), ColumnSelector.Parse("amount"));
        Assert.Equal(ColumnSelector.ByName("0"), ColumnSelector.Parse("0"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnSelector.ByPosition(0));
    }

    [Fact]
    public void Read_NamedColumnMissing_ThrowsNamingFileLineColumnAndHeader()
    {
        var e = ReadFails("customer_id,date,value\nc1,2024-01-02,10.5\n", TransactionFileFormat.Default, out var path);

        Assert.Equal(path, e.File);
        Assert.Equal(1, e.Line);
        Assert.Equal("amount", e.Field);
        Assert.StartsWith($"{path}:1: field 'amount': no column named 'amount'", e.Message);
        Assert.Contains("customer_id, date, value", e.Message);
    }

    [Fact]
    public void Read_ColumnsByNameWithoutHeader_ThrowsAskingForPositions()
    {
        var e = ReadFails("c1,2024-01-02,10.5\n", TransactionFileFormat.Default with { Header = HeaderMode.Absent }, out _);

        Assert.Equal(1, e.Line);
        Assert.Contains("1-based position", e.Message);
    }

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024-03-05 13:45:00")]
    [InlineData("2024-03-05T13:45:00")]
    [InlineData("2024-03-05T23:59:59.999+02:00")]
    [InlineData("\"2024-03-05 00:00:00\"")]
    public void Read_IsoDates_WithOrWithoutTimeGiveTheDay(string date)
    {
        var (_, rows) = ReadText($"customer_id,date,amount\nc1,{date},1\n", TransactionFileFormat.Default);

        Assert.Equal(new DateOnly(2024, 3, 5), Assert.Single(rows).Date);
    }

    [Theory]
    [InlineData("yyyyMMdd", "20240305", 2024, 3, 5)]
    [InlineData("yyyyMMdd", "19970101", 1997, 1, 1)]
    [InlineData("dd/MM/yyyy", "05/03/2024", 2024, 3, 5)]
    [InlineData("dd/MM/yyyy", "29/02/2024", 2024, 2, 29)]
    [InlineData("yyyy-MM-dd", "2024-03-05", 2024, 3, 5)]
    public void Read_DateFormat_ParsesThatFormat(string format, string text, int y, int m, int d)
    {
        var (_, rows) = ReadText($"customer_id,date,amount\nc1,{text},1\n", TransactionFileFormat.Default with { DateFormat = format });

        Assert.Equal(new DateOnly(y, m, d), Assert.Single(rows).Date);
    }

    [Theory]
    [InlineData("yyyyMMdd", "2024-03-05")]
    [InlineData("yyyyMMdd", "20240230")]
    [InlineData("dd/MM/yyyy", "2024-03-05")]
    [InlineData("dd/MM/yyyy", "31/04/2024")]
    [InlineData(null, "20240305")]
    [InlineData(null, "2024-02-30")]
    [InlineData(null, "2024-03-05X")]
    public void Read_DateNotInFormat_IsRejected(string? format, string text)
    {
        var e = ReadFails($"customer_id,date,amount\nc1,{text},1\n", TransactionFileFormat.Default with { DateFormat = format }, out _);

        Assert.Equal((2L, "date"), (e.Line, e.Field));
        Assert.Contains($"'{text}' is not a date in format {format ?? "yyyy-MM-dd"}", e.Message);
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("-0,75", -0.75)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("7", 7)]
    public void Read_DecimalComma_ParsesAmounts(string amount, double expected)
    {
        var (result, rows) = ReadText($"customer_id;date;amount\nc1;2024-01-02;{amount}\n", TransactionFileFormat.Default with { DecimalSeparator = ',' });

        Assert.Equal(';', result.Delimiter);
        Assert.Equal(expected, Assert.Single(rows).Amount, 12);
    }

    [Fact]
    public void Read_QuotedFields_KeepEmbeddedDelimiters()
    {
        const string text = "customer_id,date,amount,note\n\"Smith, J\",\"2024-01-02\",\"10.5\",\"a, b\"\n";

        var (_, rows) = ReadText(text, TransactionFileFormat.Default);

        Assert.Equal([("Smith, J", new DateOnly(2024, 1, 2), 10.5)], rows);
    }

    [Fact]
    public void Read_QuotedFieldWithDoubledQuotes_UnescapesThem()
    {
        // RFC 4180: inside a quoted field "" stands for one quote.
        const string text = "customer_id,date,amount\n\"The \"\"Boss\"\", Inc\",2024-01-02,3\nplain,2024-01-03,4\n";

        var (_, rows) = ReadText(text, TransactionFileFormat.Default);

        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].Id == "The \"Boss\", Inc", $"doubled quotes in a quoted customer id were not unescaped: got <{rows[0].Id}>");
        Assert.Equal(("plain", 4.0), (rows[1].Id, rows[1].Amount));
    }

    [Fact]
    public void Read_Utf8BomCrlfNoFinalNewline_ReadsCleanly()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes("customer_id,date,amount\r\nc1,2024-01-02,10.5\r\nc2,2024-02-29,3\r\nc1,2024-12-31,0.25"))
            .ToArray();
        using var file = TempFile.WithBytes(bytes);

        var (result, rows) = Read(file.Path, TransactionFileFormat.Default);

        Assert.True(result.HadHeader);
        Assert.Equal(ThreeRows, rows);
    }

    [Fact]
    public void Read_BomAndNoHeader_FirstRowKeepsItsId()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("c1,2024-01-02,10.5\r\n")).ToArray();
        using var file = TempFile.WithBytes(bytes);

        var (_, rows) = Read(file.Path, ByPosition with { Header = HeaderMode.Absent });

        Assert.Equal([("c1", new DateOnly(2024, 1, 2), 10.5)], rows);
    }

    [Fact]
    public void Read_BlankLines_AreSkippedAndLineNumbersStillCount()
    {
        // Lines: 1 blank, 2 header, 3 row, 4 blank, 5 blanks only, 6 CR only, 7 bad row.
        const string text = "\ncustomer_id,date,amount\nc1,2024-01-02,1\n\n  \t \n\r\nc2,2024-13-01,2\n";

        var e = ReadFails(text, TransactionFileFormat.Default, out _);

        Assert.Equal(7, e.Line);
        using var ok = TempFile.WithText(text.Replace("2024-13-01", "2024-12-01"));
        var (result, rows) = Read(ok.Path, TransactionFileFormat.Default);
        Assert.Equal(2, result.RowsRead);
        Assert.Equal(2, rows.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public void Read_EmptyFile_ThrowsFileIsEmpty(string text)
    {
        var e = ReadFails(text, TransactionFileFormat.Default, out var path);

        Assert.Equal(0, e.Line);
        Assert.Equal($"{path}: the file is empty", e.Message);
    }

    [Fact]
    public void Read_HeaderOnly_GivesNoRows()
    {
        var (result, rows) = ReadText("customer_id,date,amount\n", TransactionFileFormat.Default);

        Assert.True(result.HadHeader);
        Assert.Equal((0L, 0L, 0L), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Empty(rows);
        Assert.Empty(result.CustomerIds);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), "clientele-missing-" + Guid.NewGuid().ToString("N") + ".csv");

        var e = Assert.Throws<InputFormatException>(() => TransactionFileReader.Read(path, TransactionFileFormat.Default, new CollectingSink()));

        Assert.Equal($"{path}: file not found", e.Message);
    }

    private const string BadFile =
        "customer_id,date,amount\n" +     // 1
        "c1,2024-01-02,10\n" +            // 2
        "c2,2024-13-01,5\n" +             // 3 bad date
        "c3,2024-01-03,NaN\n" +           // 4 not finite
        "c3,2024-01-04,Infinity\n" +      // 5 not finite
        "c4,2024-01-05,1e309\n" +         // 6 1e308*10 overflows to infinity
        "c5,2024-01-06,-12.5\n" +         // 7 negative: a refund, accepted
        "c6,2024-01-07\n" +               // 8 too few fields
        ",2024-01-08,1\n" +               // 9 empty id
        "c1,2024-01-09,abc\n" +           // 10 not a number
        "\n" +                            // 11 blank
        "c7,2024-01-10,2\n";              // 12

    [Fact]
    public void Read_BadRowFailFast_ThrowsNamingFileLineAndField()
    {
        var e = ReadFails(BadFile, TransactionFileFormat.Default, out var path);

        Assert.Equal(path, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("date", e.Field);
        Assert.StartsWith($"{path}:3: field 'date': '2024-13-01' is not a date", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Read_BadRowsWithRejectWriter_WritesThemAndGoesOn()
    {
        using var file = TempFile.WithText(BadFile);
        var rejectPath = file.Sibling(".rejects.csv");
        TransactionReadResult result;
        List<(string Id, DateOnly Date, double Amount)> rows;
        using (var rejects = new RejectWriter(rejectPath))
        {
            (result, rows) = Read(file.Path, TransactionFileFormat.Default, rejects);
            Assert.Equal(7, rejects.Count);
        }

        Assert.Equal([("c1", new DateOnly(2024, 1, 2), 10.0), ("c5", new DateOnly(2024, 1, 6), -12.5), ("c7", new DateOnly(2024, 1, 10), 2.0)], rows);
        Assert.Equal((10L, 3L, 7L), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Equal(result.RowsRead, result.RowsAccepted + result.RowsRejected);
        Assert.Equal(["c1", "c5", "c7"], result.CustomerIds);

        var lines = File.ReadAllLines(rejectPath);
        Assert.Equal("line,field,reason,content", lines[0]);
        var parsed = lines.Skip(1).Select(l => l.Split(',', 3)).ToArray();
        Assert.Equal(["3", "4", "5", "6", "8", "9", "10"], parsed.Select(p => p[0]));
        Assert.Equal(["date", "amount", "amount", "amount", "", "customer_id", "amount"], parsed.Select(p => p[1]));
        Assert.StartsWith("'2024-13-01' is not a date", parsed[0][2]);
        Assert.StartsWith("'NaN' is not a finite number", parsed[1][2]);
        Assert.StartsWith("'Infinity' is not a finite number", parsed[2][2]);
        Assert.StartsWith("'1e309' is not a finite number", parsed[3][2]);
        Assert.StartsWith("expected at least 3 fields separated by ',', found 2", parsed[4][2].Trim('"'));
        Assert.StartsWith("customer id is empty", parsed[5][2]);
        Assert.StartsWith("'abc' is not a finite number", parsed[6][2]);
        Assert.EndsWith("\"c2,2024-13-01,5\"", lines[1]);
    }

    [Fact]
    public void Read_NoRejects_NoRejectFileIsCreated()
    {
        using var file = TempFile.WithText(ThreeRowFile(","));
        var rejectPath = file.Sibling(".rejects.csv");
        using (var rejects = new RejectWriter(rejectPath))
        {
            Read(file.Path, TransactionFileFormat.Default, rejects);
        }

        Assert.False(File.Exists(rejectPath));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    public void Read_NonFiniteAmount_FailFastNamesAmount(string amount)
    {
        var e = ReadFails($"customer_id,date,amount\nc1,2024-01-02,{amount}\n", TransactionFileFormat.Default, out var path);

        Assert.StartsWith($"{path}:2: field 'amount': '{amount}' is not a finite number", e.Message);
    }

    [Theory]
    [InlineData("-12.5", -12.5)]
    [InlineData("+3", 3)]
    [InlineData("1e3", 1000)]
    [InlineData("1234567890.123456789", 1234567890.123456789)]
    [InlineData("0.1", 0.1)]
    [InlineData(" 42 ", 42)]
    public void Read_Amounts_ParseExactly(string amount, double expected)
    {
        var (_, rows) = ReadText($"customer_id,date,amount\nc1,2024-01-02,{amount}\n", TransactionFileFormat.Default);

        Assert.Equal(expected, Assert.Single(rows).Amount);
    }

    [Theory]
    [InlineData("\"1,234.56\"", 1234.56)]
    [InlineData("\"-1,234,567\"", -1234567)]
    public void Read_ThousandsGrouping_IsAccepted(string amount, double expected)
    {
        var (_, rows) = ReadText($"customer_id,date,amount\nc1,2024-01-02,{amount}\n", TransactionFileFormat.Default);

        Assert.Equal(expected, Assert.Single(rows).Amount);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34.5")]
    [InlineData("1,2345")]
    [InlineData(",123")]
    public void Read_CommaThatIsNotThousandsGrouping_IsRejectedNotMisread(string amount)
    {
        // With '.' decimals, "1,5" is most likely a decimal comma: reading it as 15 would be silent data loss.
        var e = ReadFails($"customer_id;date;amount\nc1;2024-01-02;{amount}\n", TransactionFileFormat.Default, out _);

        Assert.Equal((2L, "amount"), (e.Line, e.Field));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("")]
    public void Read_AmountWithoutDigits_IsRejected(string amount)
    {
        var e = ReadFails($"customer_id,date,amount\nc1,2024-01-02,{amount}\n", TransactionFileFormat.Default, out _);

        Assert.Equal((2L, "amount"), (e.Line, e.Field));
    }

    [Fact]
    public void Read_NoAmountColumn_GivesZeroAmounts()
    {
        var format = new TransactionFileFormat(ColumnSelector.ByName("id"), ColumnSelector.ByName("date"), null);

        var (_, rows) = ReadText("date,id\n2024-01-02,c1\n2024-01-03,c2\n", format);

        Assert.Equal([("c1", new DateOnly(2024, 1, 2), 0.0), ("c2", new DateOnly(2024, 1, 3), 0.0)], rows);
    }

    [Fact]
    public void Read_CustomerIndices_FollowFirstAppearance()
    {
        using var file = TempFile.WithText("customer_id,date,amount\nb,2024-01-01,1\na,2024-01-02,2\nb,2024-01-03,3\nc,2024-01-04,4\na,2024-01-05,5\n");
        var sink = new CollectingSink();

        var result = TransactionFileReader.Read(file.Path, TransactionFileFormat.Default, sink);

        Assert.Equal(["b", "a", "c"], result.CustomerIds);
        Assert.Equal([0, 1, 0, 2, 1], sink.Rows.Select(r => r.Customer));
    }

    [Fact]
    public void Read_Progress_ReportsTheWholeFile()
    {
        using var file = TempFile.WithText(ThreeRowFile(","));
        long last = -1;
        var progress = new SynchronousProgress(b => last = b);

        TransactionFileReader.Read(file.Path, TransactionFileFormat.Default, new CollectingSink(), null, progress);

        Assert.Equal(new FileInfo(file.Path).Length, last);
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
