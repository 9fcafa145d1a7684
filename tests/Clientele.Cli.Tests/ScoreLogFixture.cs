using System.Globalization;
using System.Text;
using Clientele.Analytics.Simulation;

namespace Clientele.Cli.Tests;

/// <summary>A small seeded synthetic transaction log (customer_id,date,amount) shared by the score tests.</summary>
public sealed class ScoreLogFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public ScoreLogFixture()
    {
        var transactions = SyntheticTransactionLog.Generate(new SyntheticLogOptions(Customers: 400, Seed: 11)).ToList();
        Customers = transactions.Select(t => t.CustomerId).Distinct().Count();
        LastDate = transactions.Max(t => t.Date);
        var text = new StringBuilder("customer_id,date,amount\n");
        foreach (var t in transactions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Date:yyyy-MM-dd},{t.Amount.ToString(CultureInfo.InvariantCulture)}\n");
        }

        Log = _directory.File("transactions.csv");
        System.IO.File.WriteAllText(Log, text.ToString(), new UTF8Encoding(false));
        Rows = transactions.Count;
    }

    public string Log { get; }

    public int Customers { get; }

    public int Rows { get; }

    public DateOnly LastDate { get; }

    public string File(string name) => _directory.File(name);

    public void Dispose() => _directory.Dispose();
}
