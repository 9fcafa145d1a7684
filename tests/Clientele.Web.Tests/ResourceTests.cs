using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Clientele.Storage.Database;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clientele.Web.Tests;

public abstract class ResourceTests(WebApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Customers_Pages_CoverEveryCustomerOnce()
    {
        var client = app.As(UserRole.Viewer);
        var ids = new List<string>();
        for (int page = 1; page <= 4; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/customers?page={page}&pageSize=100");
            Assert.Equal(WebApp.Customers, body.GetProperty("total").GetInt64());
            Assert.Equal(app.Run.RunId, body.GetProperty("runId").GetString());
            ids.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        Assert.Equal(app.Company.Customers.Select(c => c.Id), ids);
    }

    [Fact]
    public async Task Customers_SearchByIdPrefix_ReturnsTheMatches()
    {
        var expected = app.Company.Customers.Select(c => c.Id).Where(id => id.StartsWith("C00001", StringComparison.Ordinal)).ToList();

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/customers?search=C00001&pageSize=500");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Customers_SearchByNamePrefix_IgnoresAsciiCase()
    {
        var target = app.Company.Customers.First(c => c.Name is { Length: > 6 });
        string prefix = target.Name![..6];
        var expected = app.Company.Customers.Where(c => c.Name is { } n && n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>($"/api/customers?search={Uri.EscapeDataString(prefix.ToUpperInvariant())}&pageSize=500");

        Assert.Equal(expected, body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Customers_TierAndSegmentFilters_MatchTheSnapshot()
    {
        ClienteleStore store = ClienteleStore.Open(app.Location);
        AnalysisSnapshot snapshot;
        using (store) snapshot = store.ReadAnalysisSnapshot(app.Run.RunId)!;
        var byClv = snapshot.Results.Where(r => !double.IsNaN(r.Clv)).OrderByDescending(r => r.Clv).ToList();

        // Gold: the top ⌈5% · 300⌉ = 15 customers by CLV (more only on ties at the cut).
        double goldMin = byClv[14].Clv;
        var gold = byClv.Where(r => r.Clv >= goldMin).Select(r => r.CustomerId).Order(StringComparer.Ordinal).ToList();
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/customers?tier=GOLD&pageSize=500");
        Assert.Equal(15, gold.Count);
        Assert.Equal(gold, body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal("gold", i.GetProperty("tier").GetString()));

        string segment = snapshot.Results.GroupBy(r => r.Segment).OrderByDescending(g => g.Count()).First().Key;
        var inSegment = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>($"/api/customers?segment={Uri.EscapeDataString(segment)}&pageSize=1");
        Assert.Equal(snapshot.Results.Count(r => r.Segment == segment), inSegment.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Customers_SortByClv_LargestFirst()
    {
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/customers?sort=clv&pageSize=20");

        var clvs = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("clv").GetDouble()).ToList();
        Assert.Equal(clvs.OrderByDescending(c => c), clvs);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("tier=platinum", "tier")]
    [InlineData("sort=revenue", "sort")]
    [InlineData("page=abc", "page")]
    public async Task Customers_BadQuery_400ProblemNamingTheField(string query, string field)
    {
        using var response = await app.As(UserRole.Viewer).GetAsync("/api/customers?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Customer360_KnownCustomer_ShowsStoredHistoryAndAnalysis()
    {
        var customer = app.Company.Customers.First(c => app.Company.Transactions.Count(t => t.CustomerId == c.Id) >= 3);
        var transactions = app.Company.Transactions.Where(t => t.CustomerId == customer.Id).ToList();

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>($"/api/customers/{customer.Id}");

        Assert.Equal(customer.Name, body.GetProperty("profile").GetProperty("name").GetString());
        var history = body.GetProperty("history");
        Assert.Equal(transactions.Count, history.GetProperty("count").GetInt64());
        Assert.Equal(transactions.Sum(t => t.Amount), history.GetProperty("totalAmount").GetDecimal());
        Assert.Equal(transactions.Max(t => t.Date).ToString("yyyy-MM-dd"), history.GetProperty("latest")[0].GetProperty("date").GetString());
        ClienteleStore store = ClienteleStore.Open(app.Location);
        AnalysisResult result;
        using (store) result = store.ReadCustomerResult(app.Run.RunId, customer.Id)!.Value;
        var analysis = body.GetProperty("analysis");
        Assert.Equal(result.Clv, analysis.GetProperty("clv").GetDouble(), 9);
        Assert.Equal(result.ProbabilityAlive, analysis.GetProperty("probabilityAlive").GetDouble(), 12);
        Assert.Equal(result.Segment, analysis.GetProperty("rfm").GetProperty("segment").GetString());
        Assert.Equal(app.Company.Interactions.Count(i => i.CustomerId == customer.Id), Math.Min(100, body.GetProperty("interactions").GetArrayLength()));
    }

    [Fact]
    public async Task Customer360_UnknownCustomer_404Problem()
    {
        using var response = await app.As(UserRole.Viewer).GetAsync("/api/customers/NOPE-1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NOPE-1", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Segments_CountsAndRevenue_AddUpToTheSnapshot()
    {
        ClienteleStore store = ClienteleStore.Open(app.Location);
        AnalysisSnapshot snapshot;
        using (store) snapshot = store.ReadAnalysisSnapshot(app.Run.RunId)!;

        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/segments");

        var segments = body.GetProperty("segments").EnumerateArray().ToList();
        foreach (var group in snapshot.Results.GroupBy(r => r.Segment))
        {
            var s = segments.Single(x => x.GetProperty("segment").GetString() == group.Key);
            Assert.Equal(group.Count(), s.GetProperty("customers").GetInt64());
            Assert.Equal(group.Sum(r => r.Revenue), s.GetProperty("revenue").GetDecimal());
        }

        Assert.Equal(1.0, segments.Sum(s => s.GetProperty("share").GetDouble()), 12);
    }

    [Fact]
    public async Task Status_Counts_MatchTheStore()
    {
        var body = await app.As(UserRole.Viewer).GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal(SchemaMigrations.LatestVersion, body.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(WebApp.Customers, body.GetProperty("counts").GetProperty("customers").GetInt64());
        Assert.Equal(app.Company.Transactions.Count, body.GetProperty("counts").GetProperty("transactions").GetInt64());
        Assert.Equal(app.Run.RunId, body.GetProperty("latestAnalysis").GetProperty("runId").GetString());
    }

    [Fact]
    public async Task Analyses_BadUnit_400NamingUnit()
    {
        using var response = await app.As(UserRole.Analyst).PostAsJsonAsync("/api/analyses", new { unit = "fortnight" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["unit"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Analyses_BadJson_400NamingTheJsonPath()
    {
        using var content = new StringContent("{\"horizonMonths\": \"twelve\"}", Encoding.UTF8, "application/json");
        using var response = await app.As(UserRole.Analyst).PostAsync("/api/analyses", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.horizonMonths"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Imports_FileWithBadRows_CountsAndRejectsDownload()
    {
        // Staff, so the other tests' counts of customers and transactions stay as seeded.
        string csv = "id,name,role,capacity_hours_per_month,skill_level\nS-NEW-1,Ann,sales,120,3\nS-NEW-2,Bo,sales,lots,2\nS-NEW-3,Cy,service,80,x\nS-NEW-4,Di,service,,\nS-NEW-1,Ann,sales,120,3\n";
        var client = app.As(UserRole.Analyst);

        using var response = await client.PostAsync("/api/imports/staff", Upload(csv, "staff.csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, result.GetProperty("read").GetInt64());
        Assert.Equal(2, result.GetProperty("accepted").GetInt64());
        Assert.Equal(2, result.GetProperty("rejected").GetInt64());
        Assert.Equal(1, result.GetProperty("duplicates").GetInt64());
        Assert.Equal(result.GetProperty("read").GetInt64(),
            result.GetProperty("accepted").GetInt64() + result.GetProperty("rejected").GetInt64() + result.GetProperty("duplicates").GetInt64());
        string rejects = await client.GetStringAsync(result.GetProperty("rejectsUrl").GetString());
        var lines = rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header + 2 rows
        Assert.StartsWith("3,capacity_hours_per_month,", lines[1]);
        Assert.StartsWith("4,skill_level,", lines[2]);
    }

    [Fact]
    public async Task Imports_UnknownEntity_400NamingEntity()
    {
        using var response = await app.As(UserRole.Analyst).PostAsync("/api/imports/planets", Upload("id\nx\n", "p.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["entity"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Imports_LargerThanTheLimit_413AndNothingStored()
    {
        var csv = new StringBuilder("id,name\n");
        for (int i = 0; csv.Length <= 100_000; i++) csv.Append("BIG-").Append(i).Append(",A staff member with a long name to fill the file\n");

        using var response = await app.As(UserRole.Analyst).PostAsync("/api/imports/staff", Upload(csv.ToString(), "big.csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var store = ClienteleStore.Open(app.Location);
        var staff = new StringWriter();
        store.ExportCsv(StoreEntity.Staff, staff);
        Assert.DoesNotContain("BIG-0,", staff.ToString());
    }

    [Fact]
    public async Task Imports_RejectsOfUnknownId_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(UserRole.Analyst).GetAsync("/api/imports/0123456789abcdef0123456789abcdef/rejects")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(UserRole.Analyst).GetAsync("/api/imports/..%2F..%2Fetc/rejects")).StatusCode);
    }

    [Fact]
    public async Task Exports_Dealers_CsvWithEveryDealer()
    {
        using var response = await app.As(UserRole.Viewer).GetAsync("/api/exports/dealers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,", lines[0]);
        Assert.Equal(app.Company.Dealers.Select(d => d.Id), lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiEndpoint()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(p => !p.StartsWith("/openapi", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(routes.Count >= 15);
        foreach (var route in routes) Assert.True(paths.TryGetProperty(route, out _), $"{route} is not in the OpenAPI document");
    }

    [Fact]
    public async Task Responses_Always_CarrySecurityHeaders()
    {
        using var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static MultipartFormDataContent Upload(string text, string fileName)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}

public sealed class SqliteResourceTests(SqliteApp fixture) : ResourceTests(fixture.App), IClassFixture<SqliteApp>;

public sealed class PostgresResourceTests(PostgresApp fixture) : ResourceTests(fixture.App), IClassFixture<PostgresApp>;
