using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Storage.Files;

/// <summary>
/// Reads a transaction log straight into the customer summary: the file's rows stream from the
/// reader into a <see cref="CustomerSummaryAccumulator"/> without ever being materialized as objects.
/// </summary>
public static class TransactionLogLoader
{
    /// <summary>Reads and summarizes <paramref name="path"/>.</summary>
    /// <param name="path">The transaction log.</param>
    /// <param name="format">How to read it.</param>
    /// <param name="unit">Time unit of recency and T.</param>
    /// <param name="observationEnd">The as-of date (inclusive); null = the last purchase date in the file.</param>
    /// <param name="calibrationEnd">End of the calibration period for a holdout split; null = no holdout.</param>
    /// <param name="rejects">Where bad rows go; null = the first bad row throws.</param>
    /// <param name="progress">Bytes consumed so far.</param>
    /// <exception cref="InputFormatException">The file or a row is bad, or the file has no valid rows.</exception>
    public static LoadedTransactionLog Load(
        string path, TransactionFileFormat format, TimeUnit unit, DateOnly? observationEnd, DateOnly? calibrationEnd,
        RejectWriter? rejects = null, IProgress<long>? progress = null)
    {
        if (observationEnd is { } end)
        {
            var period = MakePeriod(path, end, unit, calibrationEnd);
            // Fast path: most logs list each customer's rows in date order, and then the accumulator needs
            // no copy of the rows. If they are not, read the file again keeping the rows for the exact rebuild.
            var accumulator = new CustomerSummaryAccumulator(period, ExpectedCustomers(path), retainRows: false);
            var read = TransactionFileReader.Read(path, format, new AccumulatorSink(accumulator), rejects, progress);
            RequireRows(path, read);
            if (accumulator.SawOutOfOrderRows)
            {
                accumulator = new CustomerSummaryAccumulator(period, read.CustomerIds.Count, retainRows: true);
                read = TransactionFileReader.Read(path, format, new AccumulatorSink(accumulator), rejects is null ? null : RejectWriter.Discarding(), null);
            }

            return new LoadedTransactionLog(accumulator.Build(read.CustomerIds), read);
        }

        // No as-of date: the observation ends on the last purchase day, known only after the whole file.
        var buffer = new MaxDayBuffer();
        var result = TransactionFileReader.Read(path, format, buffer, rejects, progress);
        RequireRows(path, result);
        var lastDay = DateOnly.FromDayNumber(buffer.MaxDay);
        var identity = Enumerable.Range(0, result.CustomerIds.Count).ToArray();
        var lastPeriod = MakePeriod(path, lastDay, unit, calibrationEnd);
        var fromBuffer = new CustomerSummaryAccumulator(lastPeriod, result.CustomerIds.Count, retainRows: false);
        buffer.Rows.Replay(new AccumulatorSink(fromBuffer), identity);
        if (fromBuffer.SawOutOfOrderRows)
        {
            fromBuffer = new CustomerSummaryAccumulator(lastPeriod, result.CustomerIds.Count, retainRows: true);
            buffer.Rows.Replay(new AccumulatorSink(fromBuffer), identity);
        }

        return new LoadedTransactionLog(fromBuffer.Build(result.CustomerIds), result);
    }

    private static SummaryPeriod MakePeriod(string path, DateOnly end, TimeUnit unit, DateOnly? calibrationEnd)
    {
        if (calibrationEnd is { } c && c > end)
        {
            throw new InputFormatException(path, 0, null, $"the calibration end {c:yyyy-MM-dd} is after the observation end {end:yyyy-MM-dd}");
        }

        return new SummaryPeriod(end, unit, calibrationEnd);
    }

    private static void RequireRows(string path, TransactionReadResult read)
    {
        if (read.RowsAccepted == 0)
        {
            throw new InputFormatException(path, 0, null, read.RowsRead == 0 ? "the file has no data rows" : $"none of the {read.RowsRead} rows could be read (see the reject file)");
        }
    }

    private static int ExpectedCustomers(string path) => (int)Math.Clamp(new FileInfo(path).Length / 256, 1024, 1 << 22);

    private sealed class AccumulatorSink(CustomerSummaryAccumulator accumulator) : ITransactionRowSink
    {
        public void Add(int customer, int dayNumber, double amount) => accumulator.Add(customer, dayNumber, amount);

        public void AddRange(ReadOnlySpan<int> customers, ReadOnlySpan<int> dayNumbers, ReadOnlySpan<double> amounts) =>
            accumulator.AddRange(customers, dayNumbers, amounts);
    }

    private sealed class MaxDayBuffer : ITransactionRowSink
    {
        public RowBuffer Rows { get; } = new();

        public int MaxDay { get; private set; } = int.MinValue;

        public void Add(int customer, int dayNumber, double amount)
        {
            if (dayNumber > MaxDay) MaxDay = dayNumber;
            Rows.Add(customer, dayNumber, amount);
        }
    }
}
