using System.Diagnostics;
using Clientele.Storage.Files;

// Micro-benchmarks of single stages; the end-to-end figure comes from bench/score-1m.sh.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Clientele.Bench read FILE");
    return 2;
}

switch (args[0])
{
    case "read":
        {
            var sink = new CountingSink();
            var sw = Stopwatch.StartNew();
            var result = TransactionFileReader.Read(args[1], TransactionFileFormat.Default, sink);
            sw.Stop();
            long bytes = new FileInfo(args[1]).Length;
            Console.WriteLine($"read {result.RowsRead:N0} rows, {result.CustomerIds.Count:N0} customers in {sw.Elapsed.TotalSeconds:F3} s: {result.RowsRead / sw.Elapsed.TotalSeconds / 1e6:F1} M rows/s, {bytes / sw.Elapsed.TotalSeconds / 1e6:F0} MB/s (checksum {sink.Sum:F2})");
            return 0;
        }

    default:
        Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
        return 2;
}

internal sealed class CountingSink : ITransactionRowSink
{
    public double Sum;
    public void Add(int customer, int dayNumber, double amount) => Sum += amount;
}
