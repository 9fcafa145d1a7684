using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clientele.Storage.Database;

namespace Clientele.Web.Tests;

/// <summary>/api/plans: make plans from the latest snapshot, list them, compare them, evaluate one.</summary>
public abstract class PlanEndpointTests(WebApp app)
{
    [Fact]
    public async Task Plans_CreateTwo_ListedAndComparedWithinTheirLimits()
    {
        var client = app.As(UserRole.Analyst);

        var first = await client.PostAsJsonAsync("/api/plans", new { budget = 50000, staffHours = 300 });
        var second = await client.PostAsJsonAsync("/api/plans", new { budget = 10000, staffHours = 50 });

        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(a.GetProperty("total").GetProperty("cost").GetDouble() <= 50000 + 1e-6);
        Assert.True(a.GetProperty("total").GetProperty("hours").GetDouble() <= 300 + 1e-6);
        Assert.True(b.GetProperty("total").GetProperty("cost").GetDouble() <= 10000 + 1e-6);
        Assert.Equal(app.Run.Customers, a.GetProperty("total").GetProperty("customers").GetInt32());
        Assert.Equal(a.GetProperty("total").GetProperty("cost").GetDouble(), a.GetProperty("byTier").EnumerateArray().Sum(t => t.GetProperty("cost").GetDouble()), 6);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/plans");
        var ids = list.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains(a.GetProperty("id").GetString(), ids);
        Assert.Contains(b.GetProperty("id").GetString(), ids);

        var comparison = await client.GetFromJsonAsync<JsonElement>($"/api/plans/compare?a={a.GetProperty("id").GetString()}&b={b.GetProperty("id").GetString()}");
        Assert.Equal(b.GetProperty("total").GetProperty("cost").GetDouble() - a.GetProperty("total").GetProperty("cost").GetDouble(),
            comparison.GetProperty("total").GetProperty("costChange").GetDouble(), 6);
    }

    [Theory]
    [InlineData("{\"budget\": -1}", "budget")]
    [InlineData("{\"staffHours\": 10}", "budget")]
    [InlineData("{\"budget\": 10, \"staffHours\": -5}", "staffHours")]
    public async Task Plans_BadBody_400NamingTheField(string body, string field)
    {
        var response = await app.As(UserRole.Analyst).PostAsync("/api/plans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Plans_CompareUnknown_404AndEvaluateUnknown_404()
    {
        var client = app.As(UserRole.Analyst);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/plans/compare?a=nope&b=nada")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/plans/nope/evaluate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/plans/compare?a=x")).StatusCode);
    }
}

public sealed class SqlitePlanEndpointTests(SqliteApp fixture) : PlanEndpointTests(fixture.App), IClassFixture<SqliteApp>;

public sealed class PostgresPlanEndpointTests(PostgresApp fixture) : PlanEndpointTests(fixture.App), IClassFixture<PostgresApp>;
