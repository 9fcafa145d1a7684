using Clientele.Storage.Database;
using Clientele.Web.Auth;

namespace Clientele.Cli.Tests;

public sealed class UserAndApiKeyCommandTests
{
    [Fact]
    public void UserAdd_WithoutPassword_PrintsAGeneratedOneThatVerifies()
    {
        using var directory = new TempDirectory();
        string db = directory.File("c.db");
        Assert.Equal(0, Cli.Run("init", "--db", db).Code);

        var (code, stdout, error) = Cli.Run("user", "add", "alice", "--role", "analyst", "--db", db);

        Assert.True(code == 0, error);
        string password = Cli.Lines(stdout)[^1];
        Assert.Equal(20, password.Length);
        using var store = ClienteleStore.Open(StoreLocation.Parse(db));
        var user = store.FindUser("alice")!;
        Assert.Equal(UserRole.Analyst, user.Role);
        Assert.True(Passwords.Verify(user.PasswordHash, password));
        Assert.DoesNotContain(password, user.PasswordHash);
    }

    [Theory]
    [InlineData("--role", "owner", "--role: 'owner' is not viewer, analyst or admin")]
    [InlineData("--password", "short", "at least 10 characters")]
    public void UserAdd_BadOption_ExitCode2OneLine(string option, string value, string message)
    {
        using var directory = new TempDirectory();
        string db = directory.File("c.db");
        Cli.Run("init", "--db", db);
        var args = new List<string> { "user", "add", "bob", "--db", db, option, value };
        if (option != "--role") args.AddRange(["--role", "viewer"]);

        var (code, _, error) = Cli.Run([.. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, Assert.Single(Cli.Lines(error)));
    }

    [Fact]
    public void ApiKey_CreateListRevoke_KeyPrintedOnceAndStoredHashed()
    {
        using var directory = new TempDirectory();
        string db = directory.File("c.db");
        Cli.Run("init", "--db", db);

        var (code, stdout, error) = Cli.Run("apikey", "create", "--role", "viewer", "--name", "nightly export", "--db", db);
        Assert.True(code == 0, error);
        string key = Cli.Lines(stdout)[^1];
        Assert.True(ApiKeys.TryParse(key, out var keyId, out var secret));

        var list = Cli.Run("apikey", "list", "--db", db);
        Assert.Contains(keyId, list.Out);
        Assert.Contains("nightly export", list.Out);
        Assert.DoesNotContain(secret, list.Out);
        using (var store = ClienteleStore.Open(StoreLocation.Parse(db)))
        {
            Assert.True(ApiKeys.Matches(secret, store.FindApiKey(keyId)!.SecretHash));
        }

        Assert.Equal(0, Cli.Run("apikey", "revoke", keyId, "--db", db).Code);
        var again = Cli.Run("apikey", "revoke", keyId, "--db", db);
        Assert.Equal(2, again.Code);
        using var after = ClienteleStore.Open(StoreLocation.Parse(db));
        Assert.False(after.FindApiKey(keyId)!.IsActive);
    }
}
