using System.Text.RegularExpressions;
using Clientele.Storage.Database;
using Clientele.Web.Auth;

namespace Clientele.Cli.Tests;

public sealed partial class DemoAdminTests
{
    [Fact]
    public void Demo_Store_HasAnAdminWhosePrintedPasswordLogsIn()
    {
        using var directory = new TempDirectory();
        var output = Path.Combine(directory.Path, "out");

        var (code, stdout, error) = Cli.Run("demo", "--customers", "200", "--out", output);

        Assert.True(code == 0, error);
        var database = Path.Combine(output, "clientele.db");
        Assert.Contains($"clientele serve --db {database}", stdout);
        Assert.Contains("http://127.0.0.1:5080", stdout);
        var match = PasswordLine().Match(stdout);
        Assert.True(match.Success, stdout);
        using var store = ClienteleStore.Open(StoreLocation.Parse(database), createIfMissing: false);
        var admin = Assert.Single(store.ListUsers());
        Assert.Equal(("admin", UserRole.Admin), (admin.Name, admin.Role));
        Assert.True(Passwords.Verify(admin.PasswordHash, match.Groups[1].Value));
        Assert.DoesNotContain(match.Groups[1].Value, admin.PasswordHash, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"one-time password (\S+) \(shown only now")]
    private static partial Regex PasswordLine();
}
