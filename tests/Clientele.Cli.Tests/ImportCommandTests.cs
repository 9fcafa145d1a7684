using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clientele.Storage.Database;

namespace Clientele.Cli.Tests;

/// <summary><c>clientele import</c> and <c>clientele export</c>: exit codes, one-line errors, the JSON summary, atomicity under a real kill.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void Import_GoodAndBadRows_JsonCountsAddUpAndRejectsGoBesideTheInput()
    {
        using var directory = new TempDirectory();
        var db = directory.File("s.db");
        var file = directory.File("tx.csv");
        File.WriteAllText(file, "customer_id,date,amount\nc1,2025-01-01,10\nc1,2025-02-30,1\nc2,2025-01-03,NaN\nc2,2025-01-04,5\n");

        var (code, stdout, error) = Cli.Run("import", "transactions", file, "--db", db, "--create-customers", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;
        Assert.Equal((4, 2, 2, 0, 2), (r.GetProperty("read").GetInt64(), r.GetProperty("accepted").GetInt64(), r.GetProperty("rejected").GetInt64(),
            r.GetProperty("duplicates").GetInt64(), r.GetProperty("customersCreated").GetInt64()));
        Assert.Equal(file + ".rejects.csv", r.GetProperty("rejectsFile").GetString());
        var rejects = File.ReadAllLines(file + ".rejects.csv");
        Assert.Equal("line,field,reason,content", rejects[0]);
        Assert.StartsWith("3,date,'2025-02-30' is not a date", rejects[1]);
        Assert.StartsWith("4,amount,'NaN' is not a finite number", rejects[2]);
    }

    [Fact]
    public void Import_Twice_SecondRunAllDuplicates()
    {
        using var directory = new TempDirectory();
        var db = directory.File("s.db");
        var file = directory.File("customers.csv");
        File.WriteAllText(file, "id,name\nc1,A\nc2,B\n");
        Cli.Run("import", "customers", file, "--db", db);

        var (code, stdout, _) = Cli.Run("import", "customers", file, "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("read 2 rows: 0 stored, 2 duplicates, 0 rejected", stdout);
    }

    public static TheoryData<string[], string> Errors => new()
    {
        { ["import", "customers", "missing.csv"], "clientele: error: missing.csv: file not found" },
        { ["import", "customer", "x.csv"], "clientele: error: 'customer' is not an entity; use one of customers, transactions" },
        { ["import", "transactions", "dup.csv"], "clientele: error: dup.csv:1: field 'date': the header names column 'date' twice" },
        { ["import", "transactions", "dup.csv", "--map", "amount"], "clientele: error: --map: 'amount' is not field=Column" },
        { ["import", "transactions", "dup.csv", "--map", "price=amount"], "clientele: error: --map: transactions have no field 'price'" },
        { ["export", "customers", "--db", "nowhere/x.db"], "clientele: error: " },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void ImportExport_BadInput_OneLineErrorAndExitCode2(string[] args, string message)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("dup.csv"), "customer_id,date,amount,date\nc1,2025-01-01,1,2025-01-01\n");
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory.Path;
        try
        {
            var (code, _, error) = Cli.Run([.. args, .. (args.Contains("--db") ? Array.Empty<string>() : ["--db", "s.db"])]);

            Assert.Equal(2, code);
            Assert.StartsWith(message, Assert.Single(Cli.Lines(error)));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void Export_ToStdoutAndToFile_WritesImportFormat()
    {
        using var directory = new TempDirectory();
        var db = directory.File("s.db");
        var file = directory.File("staff.csv");
        const string csv = "id,name,role,capacity_hours_per_month,skill_level\ns1,Ann,account manager,120.5,4\n";
        File.WriteAllText(file, csv);
        Cli.Run("import", "staff", file, "--db", db);

        var (code, stdout, _) = Cli.Run("export", "staff", "--db", db);
        var (fileCode, message, _) = Cli.Run("export", "staff", "--db", db, "--out", directory.File("out.csv"));

        Assert.Equal((0, 0), (code, fileCode));
        Assert.Equal(csv, stdout.Replace("\r\n", "\n"));
        Assert.Equal(csv, File.ReadAllText(directory.File("out.csv")).Replace("\r\n", "\n"));
        Assert.Contains("Wrote 1 staff to", message);
    }

    [Fact]
    public void Import_KilledMidway_LeavesStoreExactlyAsBefore()
    {
        using var directory = new TempDirectory();
        var db = directory.File("s.db");
        var small = directory.File("small.csv");
        File.WriteAllText(small, "customer_id,date,amount\nc0,2025-01-01,1\n");
        Assert.Equal(0, Cli.Run("import", "transactions", small, "--db", db, "--create-customers").Code);

        // Into a non-empty store (the exact path): 2M rows take ≈ 10 s, the kill comes 1.5 s into the writing.
        var (killedAt, exitCode) = KillImportMidway(directory, db, rows: 2_000_000, after: TimeSpan.FromSeconds(1.5));

        using var store = ClienteleStore.Open(StoreLocation.Parse(db), createIfMissing: false);
        var counts = store.Counts();
        Assert.True((1L, 1L) == (counts[StoreEntity.Customers], counts[StoreEntity.Transactions]),
            $"killed after {killedAt.TotalSeconds:F1} s: {counts[StoreEntity.Transactions]} transactions");
        Assert.NotEqual(0, exitCode);
        Assert.Equal(1m, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_KilledDuringAFirstLoad_LeavesStoreExactlyAsBefore()
    {
        // A first load (empty transactions table) runs with a rollback journal instead of WAL (ClienteleStore.BeginBulkLoad):
        // the kill leaves a hot journal, which the next open must roll back, file size included.
        using var directory = new TempDirectory();
        var db = directory.File("s.db");
        var customers = directory.File("customers.csv");
        File.WriteAllText(customers, "id,name\nc0,Zero\n");
        Assert.Equal(0, Cli.Run("import", "customers", customers, "--db", db).Code);
        long sizeBefore = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);

        // 4M rows take ≈ 6 s on two idle cores; the kill comes 1 s into the writing.
        var (killedAt, exitCode) = KillImportMidway(directory, db, rows: 4_000_000, after: TimeSpan.FromSeconds(1));
        Assert.True(File.Exists(db + "-journal"), $"killed after {killedAt.TotalSeconds:F1} s without a rollback journal: not the first-load path");

        using (var store = ClienteleStore.Open(StoreLocation.Parse(db), createIfMissing: false))
        {
            var counts = store.Counts();
            Assert.True((1L, 0L) == (counts[StoreEntity.Customers], counts[StoreEntity.Transactions]),
                $"killed after {killedAt.TotalSeconds:F1} s: {counts[StoreEntity.Customers]} customers, {counts[StoreEntity.Transactions]} transactions");
        }

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(db + "-journal"));
        long sizeAfter = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
        Assert.True(sizeAfter <= sizeBefore + (1 << 20), $"{sizeBefore:N0} bytes before, {sizeAfter:N0} after the rollback");

        // And the store takes a first load again.
        var small = directory.File("small.csv");
        File.WriteAllText(small, "customer_id,date,amount\nc0,2025-01-01,1\n");
        Assert.Equal(0, Cli.Run("import", "transactions", small, "--db", db).Code);
    }

    /// <summary>
    /// Runs <c>clientele import transactions</c> on a file of 500 bad rows and then <paramref name="rows"/> good ones in its own
    /// process and kills it <paramref name="after"/> the reject file has appeared (the reading has begun, the store transaction is
    /// open; at most 2.5 s after the start).
    /// </summary>
    private static (TimeSpan KilledAt, int ExitCode) KillImportMidway(TempDirectory directory, string db, int rows, TimeSpan after)
    {
        var big = directory.File("big.csv");
        using (var writer = new StreamWriter(big, false, new UTF8Encoding(false)))
        {
            writer.WriteLine("customer_id,date,amount");

            // Bad rows first: their reject file appears (flushed) while the import is still in its transaction.
            for (int i = 0; i < 500; i++) writer.WriteLine($"bad{i},not-a-date-at-all-{i},1");
            for (int i = 0; i < rows; i++) writer.WriteLine($"k{i / 10:D7},2025-{1 + i % 12:D2}-{1 + i % 28:D2},{i % 997}.5");
        }

        string cli = typeof(CliApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "import", "transactions", big, "--db", db, "--create-customers" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        string rejects = big + ".rejects.csv";
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(2.5) && (!File.Exists(rejects) || new FileInfo(rejects).Length == 0)) Thread.Sleep(10);
        Thread.Sleep(after);
        Assert.False(process.HasExited, "the import finished before it could be killed");
        var killedAt = clock.Elapsed;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (killedAt, process.ExitCode);
    }
}
