using System.Net.Http.Json;
using System.Text.Json;
using Clientele.Analytics.ChurnRisk;
using Clientele.Analytics.Simulation;
using Clientele.Domain;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Web.Tests;

/// <summary>
/// The churn block of the customer 360 against the churn-risk list, for a hand-built customer H-1 added to the demo
/// company: purchases 300, 240 and 180 days before the last demo purchase (a rhythm of one every 60 days, so overdue),
/// satisfaction 9 then 3 of 10, one open complaint 30 days old, and P(alive) 0.99 in an earlier snapshot.
/// </summary>
public abstract class Customer360ChurnTests(WebApp app)
{
    public const string HandBuilt = "H-1";

    /// <summary>Adds H-1 and the earlier snapshot (as of 150 days before the last purchase) that holds it.</summary>
    public static void Seed(ClienteleStore store, DemoCompany company)
    {
        var last = company.Transactions.Max(t => t.Date);
        store.InsertCustomers([new Customer(HandBuilt, "Hand Built Ltd", Region: "East")]);
        store.InsertTransactions([
            new TransactionRecord("H-t1", HandBuilt, last.AddDays(-300), 400m),
            new TransactionRecord("H-t2", HandBuilt, last.AddDays(-240), 500m),
            new TransactionRecord("H-t3", HandBuilt, last.AddDays(-180), 600m),
        ]);
        store.InsertSurveyResponses([
            new SurveyResponse("H-s1", HandBuilt, last.AddDays(-200), Satisfaction: 9, SatisfactionScale: 10),
            new SurveyResponse("H-s2", HandBuilt, last.AddDays(-100), Satisfaction: 3, SatisfactionScale: 10),
        ]);
        store.InsertInteractions([new Interaction("H-i1", HandBuilt, last.AddDays(-30), InteractionKind.Complaint)]);
        store.SaveAnalysisSnapshot("early", last.AddDays(-150), TimeUnit.Day, null, [
            new AnalysisResult(HandBuilt, 2, 120, 150, 550, 1500m, 3, 3, 3, 9, "Loyal", 0.99, 2, 550, 1000),
        ]);
    }

    [Fact]
    public async Task Customer360_HandBuiltCustomer_ReasonsAreTheChurnRiskListsReasons()
    {
        var last = app.Company.Transactions.Max(t => t.Date);
        ChurnRiskEntry entry;
        using (var store = ClienteleStore.Open(app.Location))
        {
            var input = store.ReadChurnRiskInput()!;
            entry = ChurnRiskList.Build(input.Customers, input.Current.AsOf, input.Previous?.AsOf, input.Customers.Count).Entries.Single(e => e.CustomerId == HandBuilt);
        }

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>($"/api/customers/{HandBuilt}");

        var churn = body.GetProperty("churnRisk");
        var reasons = churn.GetProperty("reasons").EnumerateArray().Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("text").GetString()!)).ToList();
        Assert.Equal(entry.Reasons.Select(r => (Kind(r.Kind), r.Text)), reasons);
        // By hand: T − t_x = 180 days since the last purchase against a gap of 120 / 2 = 60 days: overdue by 120;
        // the complaint is open and 30 days old; 9 → 3 of 10 is a fall of 0.6 of the scale.
        Assert.Contains(("purchaseOverdue", "overdue by 120 days against its own rhythm of one purchase every 60 days"), reasons);
        Assert.Contains(("satisfactionFell", "satisfaction fell from 9 to 3 (of 10)"), reasons);
        Assert.Equal(("openComplaints", "1 open complaint (30 days old)"), reasons[^1]);
        Assert.Equal(app.Run.RunId, churn.GetProperty("runId").GetString());
        Assert.Equal(last, DateOnly.Parse(churn.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(last.AddDays(-150), DateOnly.Parse(churn.GetProperty("previousAsOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.99, churn.GetProperty("previousPAlive").GetDouble());
        Assert.Equal(entry.ProbabilityAlive, churn.GetProperty("pAlive").GetDouble(), 12);
        Assert.Equal(entry.Clv * (1 - entry.ProbabilityAlive), churn.GetProperty("valueAtRisk").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, churn.GetProperty("unavailable").ValueKind);
    }

    [Fact]
    public async Task Customer360_CustomerNotInTheSnapshot_NoValuesAndAStatedReason()
    {
        using (var store = ClienteleStore.Open(app.Location)) store.InsertCustomers([new Customer("H-late")]);

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/customers/H-late");

        var churn = body.GetProperty("churnRisk");
        Assert.Equal(JsonValueKind.Null, churn.GetProperty("pAlive").ValueKind);
        Assert.Equal(JsonValueKind.Null, churn.GetProperty("valueAtRisk").ValueKind);
        Assert.Equal(0, churn.GetProperty("reasons").GetArrayLength());
        Assert.Contains("does not hold this customer", churn.GetProperty("unavailable").GetString(), StringComparison.Ordinal);
    }

    private static string Kind(ChurnReasonKind kind) => kind switch
    {
        ChurnReasonKind.ProbabilityAliveFell => "pAliveFell",
        ChurnReasonKind.ProbabilityAliveLow => "pAliveLow",
        ChurnReasonKind.PurchaseOverdue => "purchaseOverdue",
        ChurnReasonKind.SatisfactionFell => "satisfactionFell",
        _ => "openComplaints",
    };
}

/// <summary>The demo company plus H-1 over a SQLite file.</summary>
public sealed class SqliteChurnApp : IDisposable
{
    private readonly TestStore store = TestStore.Sqlite();

    public SqliteChurnApp() => App = new WebApp(store, seed: Customer360ChurnTests.Seed);

    public WebApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        store.Dispose();
    }
}

/// <summary>The demo company plus H-1 over a PostgreSQL schema of its own.</summary>
public sealed class PostgresChurnApp : IDisposable
{
    private readonly TestStore store = TestStore.Postgres();

    public PostgresChurnApp() => App = new WebApp(store, seed: Customer360ChurnTests.Seed);

    public WebApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        store.Dispose();
    }
}

public sealed class SqliteCustomer360ChurnTests(SqliteChurnApp fixture) : Customer360ChurnTests(fixture.App), IClassFixture<SqliteChurnApp>;

public sealed class PostgresCustomer360ChurnTests(PostgresChurnApp fixture) : Customer360ChurnTests(fixture.App), IClassFixture<PostgresChurnApp>;
