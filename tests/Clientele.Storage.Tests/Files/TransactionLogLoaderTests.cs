using Clientele.Analytics.Summary;
using Clientele.Domain;
using Clientele.Storage.Files;

namespace Clientele.Storage.Tests.Files;

public sealed class TransactionLogLoaderTests
{
    // The last date (2024-03-04) is in the middle of the file, not on its last row.
    private const string Log =
        "customer_id,date,amount\n" +
        "a,2024-01-01,10\n" +
        "b,2024-01-15,7\n" +
        "a,2024-01-08,20\n" +
        "a,2024-01-08,5\n" +
        "c,2024-03-04,1\n" +
        "a,2024-01-15,30\n" +
        "b,2024-02-05,9\n";

    private static void AssertSameSummaries(CustomerSummaries expected, CustomerSummaries actual)
    {
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Ids.ToArray(), actual.Ids.ToArray());
        Assert.Equal(expected.Frequency.ToArray(), actual.Frequency.ToArray());
        Assert.Equal(expected.Recency.ToArray(), actual.Recency.ToArray());
        Assert.Equal(expected.T.ToArray(), actual.T.ToArray());
        Assert.Equal(expected.MonetaryValue.ToArray(), actual.MonetaryValue.ToArray());
        Assert.Equal(expected.TotalRevenue.ToArray(), actual.TotalRevenue.ToArray());
        Assert.Equal(expected.IgnoredRows, actual.IgnoredRows);
    }

    [Fact]
    public void Load_AsOfNull_UsesLastDateAndEqualsExplicitAsOf()
    {
        using var file = TempFile.WithText(Log);

        var implicitEnd = TransactionLogLoader.Load(file.Path, TransactionFileFormat.Default, TimeUnit.Week, null, null);
        var explicitEnd = TransactionLogLoader.Load(file.Path, TransactionFileFormat.Default, TimeUnit.Week, new DateOnly(2024, 3, 4), null);

        Assert.Equal(new DateOnly(2024, 3, 4), implicitEnd.Summaries.Period.ObservationEnd);
        AssertSameSummaries(explicitEnd.Summaries, implicitEnd.Summaries);
        Assert.Equal(explicitEnd.Read.CustomerIds, implicitEnd.Read.CustomerIds);
    }

    [Fact]
    public void Load_Summary_MatchesHandComputedValues()
    {
        using var file = TempFile.WithText(Log);

        var s = TransactionLogLoader.Load(file.Path, TransactionFileFormat.Default, TimeUnit.Week, null, null).Summaries;

        // a: days Jan 1, 8 (25 merged), 15 → x = 2, t_x = 2 weeks, T = 63 days = 9 weeks, repeat spend (25 + 30) / 2.
        // b: days Jan 15, Feb 5 → x = 1, t_x = 3, T = 7 weeks, spend 9. c: first purchase on the last day.
        Assert.Equal(["a", "b", "c"], s.Ids.ToArray());
        Assert.Equal([2.0, 1.0, 0.0], s.Frequency.ToArray());
        Assert.Equal([2.0, 3.0, 0.0], s.Recency.ToArray());
        Assert.Equal([9.0, 7.0, 0.0], s.T.ToArray());
        Assert.Equal([27.5, 9.0, 0.0], s.MonetaryValue.ToArray());
    }

    [Fact]
    public void Load_RowsAfterAsOf_AreIgnored()
    {
        using var full = TempFile.WithText(Log);
        // The same log without the rows after 2024-01-31: a's rows stay, b's Feb 5 and c's row go.
        using var cut = TempFile.WithText(string.Join("\n", Log.Split('\n').Where(l => !l.Contains("2024-02-05") && !l.Contains("2024-03-04"))));
        var asOf = new DateOnly(2024, 1, 31);

        var fromFull = TransactionLogLoader.Load(full.Path, TransactionFileFormat.Default, TimeUnit.Week, asOf, null);
        var fromCut = TransactionLogLoader.Load(cut.Path, TransactionFileFormat.Default, TimeUnit.Week, asOf, null);

        Assert.Equal(2, fromFull.Summaries.IgnoredRows);
        Assert.Equal(7, fromFull.Read.RowsAccepted);
        Assert.Equal(["a", "b"], fromFull.Summaries.Ids.ToArray());
        Assert.Equal(fromCut.Summaries.Frequency.ToArray(), fromFull.Summaries.Frequency.ToArray());
        Assert.Equal(fromCut.Summaries.Recency.ToArray(), fromFull.Summaries.Recency.ToArray());
        Assert.Equal(fromCut.Summaries.T.ToArray(), fromFull.Summaries.T.ToArray());
        Assert.Equal(fromCut.Summaries.MonetaryValue.ToArray(), fromFull.Summaries.MonetaryValue.ToArray());
    }

    [Fact]
    public void Load_CalibrationEndAfterAsOf_Throws()
    {
        using var file = TempFile.WithText(Log);

        var e = Assert.Throws<InputFormatException>(() => TransactionLogLoader.Load(
            file.Path, TransactionFileFormat.Default, TimeUnit.Week, new DateOnly(2024, 1, 31), new DateOnly(2024, 2, 1)));

        Assert.Contains("calibration end 2024-02-01 is after the observation end 2024-01-31", e.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_HeaderOnly_ThrowsNoDataRows(bool asOfGiven)
    {
        using var file = TempFile.WithText("customer_id,date,amount\n");

        var e = Assert.Throws<InputFormatException>(() => TransactionLogLoader.Load(
            file.Path, TransactionFileFormat.Default, TimeUnit.Week, asOfGiven ? new DateOnly(2024, 1, 1) : null, null));

        Assert.Equal($"{file.Path}: the file has no data rows", e.Message);
    }

    [Fact]
    public void Load_AllRowsRejected_ThrowsPointingToRejectFile()
    {
        using var file = TempFile.WithText("customer_id,date,amount\na,2024-13-01,1\nb,2024-01-01,x\n");
        using var rejects = new RejectWriter(file.Sibling(".rejects.csv"));

        var e = Assert.Throws<InputFormatException>(() => TransactionLogLoader.Load(
            file.Path, TransactionFileFormat.Default, TimeUnit.Week, null, null, rejects));

        Assert.Contains("none of the 2 rows could be read", e.Message);
    }
}
