using System.Collections.Concurrent;
using System.Net.Http.Json;
using Clientele.Analytics.Scoring;
using Clientele.Analytics.Simulation;
using Clientele.Domain;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clientele.Web.Tests;

/// <summary>
/// The web app over a store holding a seeded demo company of 300 customers with one analysis run, one API key and
/// one user per role. Every log line the app writes is kept in <see cref="Logs"/>.
/// </summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    public const int Customers = 300;
    public const string PasswordSuffix = "-Passw0rd!";

    private readonly TestStore store;
    private readonly string imports = Path.Combine(Path.GetTempPath(), "clientele-web-imports-" + Guid.NewGuid().ToString("N"));
    private readonly int loginPermits;

    /// <param name="store">Where the store lives.</param>
    /// <param name="loginPermits">Log-in attempts allowed per minute.</param>
    /// <param name="seed">Writes more (hand-built) rows after the demo company and before the analysis run, or null.</param>
    public WebApp(TestStore store, int loginPermits = 1000, Action<ClienteleStore, DemoCompany>? seed = null)
    {
        this.store = store;
        this.loginPermits = loginPermits;
        using (var s = ClienteleStore.Open(StoreLocation.Parse(store.Connection)))
        {
            Company = DemoCompanyGenerator.Generate(new DemoCompanyOptions(Customers: Customers, Seed: 7));
            using var transaction = s.BeginTransaction();
            s.InsertDealers(Company.Dealers);
            s.InsertStaff(Company.Staff);
            s.InsertCustomers(Company.Customers);
            s.InsertTransactions(Company.Transactions);
            s.InsertInteractions(Company.Interactions);
            s.InsertSurveyResponses(Company.SurveyResponses);
            transaction.Commit();
            seed?.Invoke(s, Company);
            foreach (var role in UserRoles.All)
            {
                var (key, keyId, hash) = ApiKeys.Generate();
                s.AddApiKey(keyId, "test " + role.Name(), role, hash);
                Keys[role] = key;
                s.AddUser(role.Name(), role, Passwords.Hash(role.Name() + PasswordSuffix));
            }
        }

        Run = Services.GetRequiredService<AnalysisService>().Run(new AnalysisService.Settings(
            null, TimeUnit.Week, new ScoringOptions(Segmentation: AnalysisService.Segmentation("default")), null, "default"));
    }

    public DemoCompany Company { get; }

    public AnalysisRun Run { get; }

    public Dictionary<UserRole, string> Keys { get; } = [];

    public ConcurrentQueue<string> Logs { get; } = new();

    public StoreLocation Location => StoreLocation.Parse(store.Connection);

    /// <summary>A client that sends the API key of <paramref name="role"/>.</summary>
    public HttpClient As(UserRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, Keys[role]);
        return client;
    }

    /// <summary>A client (with a cookie jar) logged in as the user of <paramref name="role"/>, and its antiforgery token.</summary>
    public async Task<(HttpClient Client, string Token)> LogInAsync(UserRole role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = role.Name(), password = role.Name() + PasswordSuffix });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (client, session.GetProperty("antiforgeryToken").GetString()!);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Clientele:Db", store.Connection);
        builder.UseSetting("Clientele:ImportDirectory", imports);
        builder.UseSetting("Clientele:MaxUploadBytes", "100000");
        builder.UseSetting("Clientele:LoginPermitsPerMinute", loginPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug"); // every request logged, to check no secret is
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new QueueLoggerProvider(Logs)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(imports)) Directory.Delete(imports, recursive: true);
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(logs, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>One app per test class over a SQLite file.</summary>
public sealed class SqliteApp : IDisposable
{
    private readonly TestStore store = TestStore.Sqlite();

    public SqliteApp() => App = new WebApp(store);

    public WebApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        store.Dispose();
    }
}

/// <summary>One app per test class over a PostgreSQL schema of its own.</summary>
public sealed class PostgresApp : IDisposable
{
    private readonly TestStore store = TestStore.Postgres();

    public PostgresApp() => App = new WebApp(store);

    public WebApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        store.Dispose();
    }
}
