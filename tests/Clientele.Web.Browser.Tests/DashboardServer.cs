using Clientele.Analytics.Scoring;
using Clientele.Analytics.Simulation;
using Clientele.Domain;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clientele.Web.Browser.Tests;

/// <summary>
/// The real server (Kestrel on a free loopback port, static files from the build output's wwwroot) over a SQLite store
/// holding a seeded demo company of 300 customers with one analysis run and one user per role.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string PasswordSuffix = "-Passw0rd!";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "clientele-dash-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public string Url { get; private set; } = "";

    public string Database => Path.Combine(directory, "clientele.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        using (var store = ClienteleStore.Open(StoreLocation.Parse(Database)))
        {
            var company = DemoCompanyGenerator.Generate(new DemoCompanyOptions(Customers: 300, Seed: 7));
            store.InsertCompany(company);

            foreach (var role in UserRoles.All) store.AddUser(role.Name(), role, Passwords.Hash(role.Name() + PasswordSuffix));
        }

        app = ClienteleWebApplication.Create([], builder =>
        {
            builder.Configuration["Clientele:Db"] = Database;
            builder.Configuration["Clientele:ImportDirectory"] = Path.Combine(directory, "imports");
            builder.Configuration["Clientele:LoginPermitsPerMinute"] = "1000";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }, contentRoot: AppContext.BaseDirectory);
        await app.StartAsync();
        Url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        app.Services.GetRequiredService<AnalysisService>().Run(new AnalysisService.Settings(
            null, TimeUnit.Week, new ScoringOptions(Segmentation: AnalysisService.Segmentation("default")), null, "default"));
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
