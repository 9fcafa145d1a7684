using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clientele.Storage.Database;
using Clientele.Web.Auth;

namespace Clientele.Web.Tests;

public abstract class AuthTests(WebApp app)
{
    [Fact]
    public async Task Login_CookieThenAntiforgery_StateChangeNeedsTheToken()
    {
        var (client, token) = await app.LogInAsync(UserRole.Admin);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("admin", me.GetProperty("name").GetString());
        Assert.Equal("cookie", me.GetProperty("authenticatedBy").GetString());

        // A state-changing request with the cookie but without the token is refused, naming the header.
        using var withoutToken = await client.PostAsJsonAsync("/api/apikeys", new { name = "from-cookie", role = "viewer" });
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("X-XSRF-TOKEN", await withoutToken.Content.ReadAsStringAsync());

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/apikeys") { Content = JsonContent.Create(new { name = "from-cookie", role = "viewer" }) };
        request.Headers.Add("X-XSRF-TOKEN", token);
        using var withToken = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);

        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-XSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(logout)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_401WithoutSayingWhich()
    {
        var client = app.CreateClient();

        using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "viewer", password = "not-the-password" });
        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var a = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_MissingPassword_400NamingTheField()
    {
        using var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "viewer" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Login_CookieOfRemovedUser_NoLongerAdmits()
    {
        using (var store = ClienteleStore.Open(app.Location)) store.AddUser("temp-analyst", UserRole.Analyst, Passwords.Hash("temp-analyst" + WebApp.PasswordSuffix));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "temp-analyst", password = "temp-analyst" + WebApp.PasswordSuffix })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        using (var store = ClienteleStore.Open(app.Location)) store.DeleteUser("temp-analyst");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_CreatedByAdmin_WorksUntilRevoked()
    {
        var admin = app.As(UserRole.Admin);
        using var created = await admin.PostAsJsonAsync("/api/apikeys", new { name = "script", role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        string key = body.GetProperty("key").GetString()!;
        string keyId = body.GetProperty("apiKey").GetProperty("keyId").GetString()!;
        Assert.StartsWith("clt_" + keyId + "_", key);

        var script = app.CreateClient();
        script.DefaultRequestHeaders.Add("X-Api-Key", key);
        var me = await script.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("analyst", me.GetProperty("role").GetString());

        // The listing never shows the key or its hash.
        string listing = await admin.GetStringAsync("/api/apikeys");
        Assert.Contains(keyId, listing);
        Assert.DoesNotContain(key, listing);
        Assert.DoesNotContain(ApiKeys.Hash(key.Split('_', 3)[2]), listing);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/apikeys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("clt_0000000000000000_wrongsecret")]
    public async Task ApiKey_WrongOrMalformed_401(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/status")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_RightIdWrongSecret_401()
    {
        var client = app.CreateClient();
        string real = app.Keys[UserRole.Admin];
        client.DefaultRequestHeaders.Add("X-Api-Key", real[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/status")).StatusCode);
    }

    [Fact]
    public async Task Users_AddedWithoutPassword_GetOneGeneratedOnceThatLogsIn()
    {
        var admin = app.As(UserRole.Admin);
        using var created = await admin.PostAsJsonAsync("/api/users", new { name = "carol", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        string password = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generatedPassword").GetString()!;
        Assert.Equal(20, password.Length);

        using var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "carol", password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        string users = await admin.GetStringAsync("/api/users");
        Assert.Contains("carol", users);
        Assert.DoesNotContain(password, users);
        Assert.DoesNotContain("AQAAAA", users); // PasswordHasher v3 hashes start so in base64
    }

    [Fact]
    public async Task Users_BadRole_400NamingRole()
    {
        using var response = await app.As(UserRole.Admin).PostAsJsonAsync("/api/users", new { name = "dave", role = "superuser", password = "long-enough-password" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["role"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Secrets_AfterLoginsAndKeys_NeverInLogs()
    {
        var (client, _) = await app.LogInAsync(UserRole.Analyst);
        await client.GetAsync("/api/status");
        await app.As(UserRole.Viewer).GetAsync("/api/status");
        await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "viewer", password = "guess-" + WebApp.PasswordSuffix });

        string logs = string.Join('\n', app.Logs);
        Assert.NotEmpty(app.Logs);
        foreach (var key in app.Keys.Values) Assert.DoesNotContain(key.Split('_', 3)[2], logs);
        foreach (var role in UserRoles.All) Assert.DoesNotContain(role.Name() + WebApp.PasswordSuffix, logs);
        Assert.DoesNotContain("guess-", logs);
    }
}

public sealed class SqliteAuthTests(SqliteApp fixture) : AuthTests(fixture.App), IClassFixture<SqliteApp>;

public sealed class PostgresAuthTests(PostgresApp fixture) : AuthTests(fixture.App), IClassFixture<PostgresApp>;

/// <summary>The log-in rate limit, with its own app so other tests' log-ins do not count.</summary>
public sealed class LoginRateLimitTests : IDisposable
{
    private readonly TestStore store = TestStore.Sqlite();
    private readonly WebApp app;

    public LoginRateLimitTests() => app = new WebApp(store, loginPermits: 3);

    [Fact]
    public async Task Login_FourthAttemptInAMinute_429WithRetryAfter()
    {
        var client = app.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "viewer", password = "wrong-password" });
            codes.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], codes);

        // Other endpoints are not limited.
        Assert.Equal(HttpStatusCode.OK, (await app.As(UserRole.Viewer).GetAsync("/api/status")).StatusCode);
    }

    public void Dispose()
    {
        app.Dispose();
        store.Dispose();
    }
}
