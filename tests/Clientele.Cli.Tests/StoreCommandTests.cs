using System.Text.Json;

namespace Clientele.Cli.Tests;

/// <summary><c>clientele init</c> and <c>clientele status</c> against a SQLite file and a PostgreSQL schema.</summary>
public sealed class StoreCommandTests
{
    private static readonly string[] Entities =
        ["customers", "transactions", "interactions", "investments", "surveyResponses", "leads", "dealers", "staff", "analysisRuns", "allocationPlans"];

    [Fact]
    public void Init_NewSqliteFile_CreatesItAtLatestVersion()
    {
        using var directory = new TempDirectory();
        var db = directory.File("sub/shop.db");

        var (code, stdout, error) = Cli.Run("init", "--db", db);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        Assert.True(File.Exists(db));
        // The console wraps at 160 columns; compare with the line breaks undone.
        Assert.Contains($"Created SQLite store {db} at schema version 6 (migrations 1 entities, 2 results_and_plans, 3 analysis_scores, 4 users, 5 plans, 6 user_preferences).",
            System.Text.RegularExpressions.Regex.Replace(stdout, @"\s+", " "));
    }

    [Fact]
    public void Init_Twice_SaysNothingToDo()
    {
        using var directory = new TempDirectory();
        Cli.Run("init", "--db", directory.Path);

        var (code, stdout, _) = Cli.Run("init", "--db", directory.Path);

        Assert.Equal(0, code);
        Assert.Contains($"{directory.File("clientele.db")} is already at schema version 6; nothing to do.", stdout);
    }

    [Fact]
    public void Status_Json_SchemaVersionAndZeroCountPerEntity()
    {
        using var directory = new TempDirectory();
        Cli.Run("init", "--db", directory.Path);

        var (code, stdout, error) = Cli.Run("status", "--db", directory.Path, "--json");

        Assert.True(code == 0, error);
        AssertEmptyStatus(stdout);
    }

    [Fact]
    public void Status_Human_ListsEveryEntity()
    {
        using var directory = new TempDirectory();
        Cli.Run("init", "--db", directory.Path);

        var (code, stdout, _) = Cli.Run("status", "--db", directory.Path);

        Assert.Equal(0, code);
        Assert.Contains("schema version 6", stdout);
        Assert.All(Entities, e => Assert.Contains(e, stdout));
    }

    [Fact]
    public void Status_NoStore_OneLineErrorAndNoFileCreated()
    {
        using var directory = new TempDirectory();
        var db = directory.File("missing.db");

        var (code, _, error) = Cli.Run("status", "--db", db);

        Assert.Equal(2, code);
        Assert.Equal($"clientele: error: there is no store at {db}; create one with 'clientele init' (or pass --db)", Assert.Single(Cli.Lines(error)));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Status_NotADatabase_OneLineError()
    {
        using var directory = new TempDirectory();
        var db = directory.File("notes.db");
        File.WriteAllText(db, "this is not a database, just some text that is long enough to have a header page");

        var (code, _, error) = Cli.Run("status", "--db", db);

        Assert.Equal(1, code);
        Assert.StartsWith("clientele: error: database: ", Assert.Single(Cli.Lines(error)));
    }

    [Fact]
    public void InitAndStatus_Postgres_CreateTablesAndCount()
    {
        using var schema = new PostgresSchema();

        var (initCode, initOut, initError) = Cli.Run("init", "--db", schema.ConnectionString);
        var (code, stdout, error) = Cli.Run("status", "--db", schema.ConnectionString, "--json");

        Assert.True(initCode == 0, initError);
        Assert.Contains("Created PostgreSQL store postgresql://", initOut);
        Assert.True(code == 0, error);
        AssertEmptyStatus(stdout);
    }

    private static void AssertEmptyStatus(string json)
    {
        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["schemaVersion", .. Entities], names);
        Assert.Equal(6, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.All(Entities, e => Assert.Equal(0, document.RootElement.GetProperty(e).GetInt64()));
    }
}
