using System.Globalization;
using Clientele.Storage.Files;

namespace Clientele.Storage.Tests.Files;

public sealed class TransactionFileReaderLargeFileTests(LargeFileFixture file) : IClassFixture<LargeFileFixture>
{
    /// <summary>The obvious sequential parser: what the parallel reader must reproduce exactly.</summary>
    private static (List<string> Ids, Dictionary<string, (long Rows, decimal Sum, long DaySum)> PerCustomer, long Rows, List<long> BadLines) Reference(string path)
    {
        var ids = new List<string>();
        var perCustomer = new Dictionary<string, (long, decimal, long)>();
        var bad = new List<long>();
        long rows = 0, lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1) continue;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            if (!DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                bad.Add(lineNumber);
                continue;
            }

            rows++;
            decimal amount = decimal.Parse(parts[2], CultureInfo.InvariantCulture);
            if (!perCustomer.TryGetValue(parts[0], out var acc)) ids.Add(parts[0]);
            perCustomer[parts[0]] = (acc.Item1 + 1, acc.Item2 + amount, acc.Item3 + date.DayNumber);
        }

        return (ids, perCustomer, rows, bad);
    }

    [Fact]
    public void Read_FileLargerThanOneSegment_MatchesSequentialReference()
    {
        Assert.True(file.Length > 24L << 20, $"the test file should exceed the 16 MB segment comfortably; it has {file.Length} bytes");
        var reference = Reference(file.Path);
        var rejectPath = file.Path + ".rejects.csv";
        var sink = new CollectingSink();
        TransactionReadResult result;
        using (var rejects = new RejectWriter(rejectPath))
        {
            result = TransactionFileReader.Read(file.Path, TransactionFileFormat.Default, sink, rejects);
        }

        try
        {
            Assert.Equal(reference.Rows, result.RowsAccepted);
            Assert.Equal(LargeFileFixture.Rows, result.RowsRead);
            Assert.Equal(1, result.RowsRejected);
            Assert.Equal(reference.Ids, result.CustomerIds);

            var perCustomer = new (long Rows, decimal Sum, long DaySum)[result.CustomerIds.Count];
            foreach (var (customer, date, amount) in sink.Rows)
            {
                var acc = perCustomer[customer];
                perCustomer[customer] = (acc.Rows + 1, acc.Sum + (decimal)amount, acc.DaySum + date.DayNumber);
            }

            for (int i = 0; i < perCustomer.Length; i++)
            {
                var expected = reference.PerCustomer[result.CustomerIds[i]];
                // Amounts have two decimals and are parsed to the nearest double, so rounding the double
                // back to cents must give the exact decimal total.
                Assert.Equal((expected.Rows, expected.Sum, expected.DaySum), (perCustomer[i].Rows, Math.Round(perCustomer[i].Sum, 2), perCustomer[i].DaySum));
            }

            Assert.Equal([file.BadLine], reference.BadLines);
            var rejectLines = File.ReadAllLines(rejectPath);
            Assert.Equal(2, rejectLines.Length);
            Assert.StartsWith($"{file.BadLine},date,'2024-13-01' is not a date", rejectLines[1]);
        }
        finally
        {
            File.Delete(rejectPath);
        }
    }

    [Fact]
    public void Read_BadRowAfterFirstSegmentFailFast_ReportsItsGlobalLine()
    {
        Assert.True(file.BadOffset > 17L << 20, $"the bad row should sit after the first 16 MB segment; it ends at byte {file.BadOffset}");

        var e = Assert.Throws<InputFormatException>(() => TransactionFileReader.Read(file.Path, TransactionFileFormat.Default, new CollectingSink()));

        Assert.Equal(file.BadLine, e.Line);
        Assert.Equal("date", e.Field);
        Assert.StartsWith($"{file.Path}:{file.BadLine}: field 'date': '2024-13-01' is not a date", e.Message);
    }
}
