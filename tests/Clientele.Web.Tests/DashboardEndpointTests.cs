using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clientele.Storage.Database;

namespace Clientele.Web.Tests;

/// <summary>The endpoints the dashboard reads: churn risk, dealers, KPIs, economics, report data and preferences.</summary>
public abstract class DashboardEndpointTests(WebApp app)
{
    [Theory]
    [InlineData("/api/churn-risk?asOf=2025-13-01", "asOf")]
    [InlineData("/api/churn-risk?from=yesterday", "from")]
    [InlineData("/api/churn-risk?by=planet", "by")]
    [InlineData("/api/churn-risk?top=-1", "top")]
    [InlineData("/api/dealers?from=2025-02-30", "from")]
    [InlineData("/api/dealers?from=2025-06-01&to=2025-01-01", "from")]
    [InlineData("/api/dealers?by=segment", "by")]
    [InlineData("/api/dealers?weights=speed=1", "weights")]
    [InlineData("/api/kpi?by=planet", "by")]
    [InlineData("/api/kpi?to=31.12.2025", "to")]
    [InlineData("/api/economics?from=2030-01-01&to=2025-01-01", "from")]
    [InlineData("/api/report/data?lang=fr", "lang")]
    [InlineData("/api/report/data?from=2031-01-01", "from")]
    public async Task Get_BadQueryValue_400NamingTheField(string url, string field)
    {
        var response = await app.As(UserRole.Viewer).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{url}: errors do not name {field}: {problem}");
    }

    [Fact]
    public async Task ChurnRisk_LatestRun_TotalsEqualTheSnapshotsValueAtRisk()
    {
        using var store = ClienteleStore.Open(app.Location);
        var results = store.ReadAnalysisSnapshot(app.Run.RunId)!.Results.Where(r => double.IsFinite(r.Clv) && double.IsFinite(r.ProbabilityAlive)).ToList();
        double expected = results.Sum(r => r.Clv * (1 - r.ProbabilityAlive));

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/churn-risk?top=5&by=segment");

        Assert.Equal(app.Run.RunId, body.GetProperty("runId").GetString());
        Assert.Equal(results.Count, body.GetProperty("scored").GetInt32());
        Assert.Equal(expected, body.GetProperty("totalValueAtRisk").GetDouble(), 6);
        var atRisk = body.GetProperty("atRisk").EnumerateArray().ToList();
        Assert.Equal(5, atRisk.Count);
        var risks = atRisk.Select(x => x.GetProperty("valueAtRisk").GetDouble()).ToList();
        Assert.Equal(risks.OrderByDescending(x => x), risks);
        Assert.Equal(results.Max(r => r.Clv * (1 - r.ProbabilityAlive)), risks[0], 6);
        Assert.Equal(expected, body.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("valueAtRisk").GetDouble()), 6);
    }

    [Fact]
    public async Task Dealers_DefaultPeriod_SalesAreTheDealerTransactionsOfTheLast12Months()
    {
        var last = app.Company.Transactions.Max(t => t.Date);
        var first = last.AddYears(-1).AddDays(1);
        decimal expected = app.Company.Transactions.Where(t => t.DealerId is not null && t.Date >= first && t.Date <= last).Sum(t => t.Amount);

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/dealers?by=region");

        Assert.Equal(first.ToString("yyyy-MM-dd"), body.GetProperty("from").GetString());
        Assert.Equal(expected, body.GetProperty("totalSales").GetDecimal());
        Assert.Equal(expected, body.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("sales").GetDecimal()));
        var ranks = body.GetProperty("dealers").EnumerateArray().Select(d => d.GetProperty("rank")).Where(r => r.ValueKind == JsonValueKind.Number).Select(r => r.GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
    }

    [Fact]
    public async Task Kpi_ByMonth_RevenueIsTheTransactionsOfEachMonth()
    {
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/kpi?from=2025-01-01&to=2025-03-31&by=month");

        Assert.Equal("2025-01-01", body.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("month", body.GetProperty("by").GetString());
        var groups = body.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(3, groups.Count);
        for (int month = 1; month <= 3; month++)
        {
            double expected = (double)app.Company.Transactions.Where(t => t.Date.Year == 2025 && t.Date.Month == month).Sum(t => t.Amount);
            Assert.Equal(expected, groups[month - 1].GetProperty("revenue").GetDouble(), 4);
        }

        double total = (double)app.Company.Transactions.Where(t => t.Date >= new DateOnly(2025, 1, 1) && t.Date <= new DateOnly(2025, 3, 31)).Sum(t => t.Amount);
        Assert.Equal(total, body.GetProperty("all").GetProperty("revenue").GetDouble(), 4);
        Assert.NotEmpty(body.GetProperty("all").GetProperty("paretoCurve").EnumerateArray());
    }

    [Fact]
    public async Task Economics_NoInvestmentsStored_RoiUnknownWithAReason()
    {
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/economics");

        var all = body.GetProperty("all");
        Assert.Equal(0, all.GetProperty("investment").GetDouble());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("roi").GetProperty("value").ValueKind);
        Assert.False(string.IsNullOrEmpty(all.GetProperty("roi").GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task ReportData_LatestRun_SegmentsCountEveryCustomerOfTheRun()
    {
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/report/data?lang=zh-CN");

        Assert.Equal("zh-CN", body.GetProperty("language").GetString());
        Assert.Equal(app.Run.RunId, body.GetProperty("snapshot").GetProperty("runId").GetString());
        Assert.Equal(app.Run.Customers, body.GetProperty("segments").GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.Equal(app.Run.Customers, body.GetProperty("segments").GetProperty("rfmCells").EnumerateArray().Sum(s => s.GetProperty("customers").GetInt32()));
    }

    [Fact]
    public async Task Report_Html_IsADownloadOfTheSelfContainedReport()
    {
        var response = await app.As(UserRole.Viewer).GetAsync("/api/report?lang=zh-CN");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("clientele-report-zh-CN.html", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("<html lang=\"zh-CN\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preferences_SetByCookieUser_ReadBackAndStoredOnTheUser()
    {
        var (client, token) = await app.LogInAsync(UserRole.Analyst);
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/preferences") { Content = JsonContent.Create(new { language = "zh" }) };
        put.Headers.Add("X-XSRF-TOKEN", token);

        var set = await client.SendAsync(put);
        var read = await client.GetFromJsonAsync<JsonElement>("/api/preferences");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("zh-CN", read.GetProperty("language").GetString());
        using var store = ClienteleStore.Open(app.Location);
        Assert.Equal("zh-CN", store.ReadUserLanguage(UserRole.Analyst.Name()));
    }

    [Fact]
    public async Task Preferences_UnsupportedLanguage_400NamingLanguage()
    {
        var (client, token) = await app.LogInAsync(UserRole.Viewer);
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/preferences") { Content = JsonContent.Create(new { language = "fr" }) };
        put.Headers.Add("X-XSRF-TOKEN", token);

        var response = await client.SendAsync(put);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Preferences_ApiKey_409NoUser()
    {
        var response = await app.As(UserRole.Viewer).GetAsync("/api/preferences");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Lib_ChartModule_ServedWithSpecifiersRewrittenToThisServer()
    {
        var client = app.CreateClient();

        var module = await client.GetStringAsync("/lib/charts/bars.js");
        var echarts = await client.GetAsync("/lib/echarts.min.js");

        Assert.Contains("from \"/lib/charts/core.js\"", module);
        Assert.DoesNotContain("\"clientele/", module);
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app/app.js")).StatusCode);
    }
}

public sealed class SqliteDashboardEndpointTests(SqliteApp fixture) : DashboardEndpointTests(fixture.App), IClassFixture<SqliteApp>;

public sealed class PostgresDashboardEndpointTests(PostgresApp fixture) : DashboardEndpointTests(fixture.App), IClassFixture<PostgresApp>;
