using System.Net;
using System.Text.RegularExpressions;
using Clientele.Storage.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clientele.Web.Tests;

/// <summary>
/// Every endpoint the app maps, found in its EndpointDataSource: 401 without credentials and 403 for the role just
/// below the endpoint's. Public by design (and only these): /health (probes), POST /api/auth/login (how credentials
/// are presented) and the OpenAPI document (describes the API, holds no data).
/// </summary>
public abstract partial class EndpointSecurityTests(WebApp app)
{
    private static readonly string[] Public = ["GET /health", "POST /api/auth/login", "GET /openapi/{documentName}.json"];

    public static (string Method, string Pattern, string Url, UserRole? Role)[] Endpoints(WebApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .Select(x =>
            {
                string pattern = x.Endpoint.RoutePattern.RawText!.TrimEnd('/');
                pattern = pattern.StartsWith('/') ? pattern : "/" + pattern;
                var policies = x.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
                UserRole? role = x.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ? null
                    : policies.Count == 0 ? UserRole.Viewer // the fallback policy
                    : policies.Select(p => UserRoles.Parse(p!)).Max();
                string url = Placeholder().Replace(pattern, m => m.Value == "{documentName}" ? "v1" : "x");
                return (x.Method, pattern, url, role);
            })
            .ToArray();
    }

    [Fact]
    public void Endpoints_Public_AreExactlyHealthLoginAndOpenApi()
    {
        var anonymous = Endpoints(app).Where(e => e.Role is null).Select(e => $"{e.Method} {e.Pattern}").Order().ToArray();

        Assert.Equal(Public.Order().ToArray(), anonymous);
    }

    [Fact]
    public void Endpoints_EveryProtectedOne_DeclaresItsRolePolicy()
    {
        foreach (var e in Endpoints(app).Where(e => e.Role is not null))
        {
            var endpoint = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .First(r => ("/" + r.RoutePattern.RawText!.TrimStart('/')).TrimEnd('/') == e.Pattern);
            Assert.True(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is "viewer" or "analyst" or "admin"), $"{e.Method} {e.Pattern} declares no role");
        }
    }

    [Fact]
    public async Task Endpoints_WithoutCredentials_Get401ProblemDetails()
    {
        var client = app.CreateClient();
        var protectedOnes = Endpoints(app).Where(e => e.Role is not null).ToArray();
        Assert.True(protectedOnes.Length >= 14, $"only {protectedOnes.Length} protected endpoints found");
        foreach (var (method, pattern, url, _) in protectedOnes)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Endpoints_RoleBelowTheirs_Get403()
    {
        int checkedCount = 0;
        foreach (var (method, pattern, url, role) in Endpoints(app).Where(e => e.Role is > UserRole.Viewer))
        {
            var below = (UserRole)((int)role!.Value - 1);
            using var response = await app.As(below).SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {pattern} as {below}: {(int)response.StatusCode}");
            checkedCount++;
        }

        // Analyst: run analysis, import, rejects; admin: 3 users + 3 API key endpoints.
        Assert.True(checkedCount >= 9, $"only {checkedCount} endpoints above viewer");
    }

    [Fact]
    public async Task Endpoints_ViewerOnes_AdmitViewer()
    {
        foreach (var (method, pattern, url, _) in Endpoints(app).Where(e => e.Role == UserRole.Viewer && e.Method == "GET"))
        {
            using var response = await app.As(UserRole.Viewer).GetAsync(url);
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{method} {pattern}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}

public sealed class SqliteEndpointSecurityTests(SqliteApp fixture) : EndpointSecurityTests(fixture.App), IClassFixture<SqliteApp>;

public sealed class PostgresEndpointSecurityTests(PostgresApp fixture) : EndpointSecurityTests(fixture.App), IClassFixture<PostgresApp>;
