using System.Diagnostics;
using Clientele.Analytics.Models;
using Clientele.Domain;
using Clientele.Storage.Files;

// Stage benchmarks; the end-to-end figure comes from bench/score-1m.sh.
//   read FILE               reader throughput (rows/s, MB/s) into a no-op sink
//   fit FILE AS-OF [REPS] [--pareto]   summary, compression and model fit times (BG/NBD, Pareto/NBD, Gamma-Gamma);
//                           Pareto/NBD runs up to 200,000 distinct rows, or always with --pareto
//   allocate CUSTOMERS [REPS] [SEED]   AllocationSolver on a synthetic 6-option problem (bench/allocate-1m.sh)
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Clientele.Bench read FILE | fit FILE AS-OF [REPS]");
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
            Console.WriteLine($"read {result.RowsRead:N0} rows, {result.CustomerIds.Count:N0} customers in {sw.Elapsed.TotalSeconds:F3} s: " +
                $"{result.RowsRead / sw.Elapsed.TotalSeconds / 1e6:F1} M rows/s, {bytes / sw.Elapsed.TotalSeconds / 1e6:F0} MB/s (checksum {sink.Sum:F2})");
            return 0;
        }

    case "fit":
        {
            var asOf = DateOnly.Parse(args[2]);
            bool forcePareto = args.Contains("--pareto");
            var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            int reps = positional.Length > 3 ? int.Parse(positional[3]) : 3;
            var sw = Stopwatch.StartNew();
            var log = TransactionLogLoader.Load(args[1], TransactionFileFormat.Default, TimeUnit.Week, asOf, null);
            double load = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var data = log.Summaries.ToRepeatPurchaseData();
            double compress = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"{log.Summaries.Count:N0} customers, {data.Count:N0} distinct (x, t_x, T) rows; read+summary {load:F3} s, compress {compress:F3} s");
            for (int rep = 1; rep <= reps; rep++)
            {
                sw.Restart();
                var bg = BgNbd.Fit(data);
                double bgTime = sw.Elapsed.TotalSeconds;
                sw.Restart();
                var gg = GammaGamma.Fit(log.Summaries.Frequency, log.Summaries.MonetaryValue);
                double ggTime = sw.Elapsed.TotalSeconds;
                Console.WriteLine($"rep {rep}: BG/NBD {bgTime:F3} s ({bg.Diagnostics!.FunctionEvaluations} evaluations), Gamma-Gamma {ggTime:F3} s ({gg.Diagnostics!.DistinctRows:N0} rows, {gg.Diagnostics.FunctionEvaluations} evaluations)");
            }

            if (data.Count <= 200_000 || forcePareto)
            {
                sw.Restart();
                var pnbd = ParetoNbd.Fit(data);
                var d = pnbd.Diagnostics!;
                Console.WriteLine($"Pareto/NBD {sw.Elapsed.TotalSeconds:F3} s ({d.FunctionEvaluations} evaluations, {d.Iterations} iterations, |g| {d.GradientNorm:G3}, {d.ExitReason})");
                Console.WriteLine("  " + string.Join(", ", pnbd.Parameters.Select(p => $"{p.Name} {p.Value:G8} ± {p.StandardError:G4}")) + $"; LL {pnbd.LogLikelihood:F4}");
            }

            return 0;
        }

    case "write":
        {
            int rows = int.Parse(args[1]);
            var random = new Random(1);
            var ids = Enumerable.Range(0, rows).Select(i => $"C{i:D8}").ToArray();
            var columns = new List<Clientele.Storage.Tables.TableColumn> { new Clientele.Storage.Tables.TextColumn("customer_id", ids) };
            for (int c = 0; c < 12; c++)
            {
                columns.Add(new Clientele.Storage.Tables.NumberColumn($"n{c}", Enumerable.Range(0, rows).Select(_ => random.NextDouble() * 100).ToArray(), 4));
            }

            columns.Add(new Clientele.Storage.Tables.TextColumn("segment", Enumerable.Range(0, rows).Select(i => i % 3 == 0 ? "Champions" : "Loyal").ToArray()));
            var path = Path.Combine(Path.GetTempPath(), $"bench-write-{Guid.NewGuid():N}.csv");
            for (int rep = 0; rep < 3; rep++)
            {
                var sw = Stopwatch.StartNew();
                Clientele.Storage.Tables.CsvTableWriter.Write(path, columns);
                double file = sw.Elapsed.TotalSeconds;
                sw.Restart();
                Clientele.Storage.Tables.CsvTableWriter.Write(Stream.Null, columns);
                Console.WriteLine($"formatting only (Stream.Null): {sw.Elapsed.TotalSeconds:F3} s; to file {file:F3} s; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
                Console.WriteLine($"wrote {rows:N0} rows x {columns.Count} columns ({new FileInfo(path).Length / 1e6:F0} MB) in {sw.Elapsed.TotalSeconds:F3} s");
            }

            File.Delete(path);
            return 0;
        }

    case "allocate":
        return AllocateBench.Run(args);
    case "web-load":
        // web-load URL API-KEY [CLIENTS] [SECONDS]: see WebLoad.cs and bench/web-load.sh.
        return await Clientele.Bench.WebLoad.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 50, TimeSpan.FromSeconds(args.Length > 4 ? int.Parse(args[4]) : 30));

    default:
        Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
        return 2;
}

internal sealed class CountingSink : ITransactionRowSink
{
    public double Sum;

    public void Add(int customer, int dayNumber, double amount) => Sum += amount;
}
