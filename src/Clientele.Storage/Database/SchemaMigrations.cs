using System.Reflection;
using System.Text.RegularExpressions;

namespace Clientele.Storage.Database;

/// <summary>
/// The schema's history: the SQL scripts embedded in this assembly (<c>Migrations/NNN_name.provider.sql</c>),
/// in version order. A store records each applied version in its <c>schema_version</c> table.
/// </summary>
public static partial class SchemaMigrations
{
    private const string Prefix = "Clientele.Storage.Database.Migrations.";

    /// <summary>Every migration, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>The schema version this binary writes.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var scripts = new Dictionary<(int Version, string Name), Dictionary<string, string>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var match = ScriptName().Match(resource[Prefix.Length..]);
            if (!match.Success) throw new InvalidOperationException($"Migration script '{resource}' is not named NNN_name.provider.sql.");
            var key = (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value);
            if (!scripts.TryGetValue(key, out var byProvider)) scripts[key] = byProvider = [];
            byProvider[match.Groups[3].Value] = Read(assembly, resource);
        }

        var migrations = scripts.OrderBy(s => s.Key.Version).Select(s => new Migration(
            s.Key.Version,
            s.Key.Name,
            s.Value.GetValueOrDefault("sqlite") ?? throw new InvalidOperationException($"Migration {s.Key.Version} has no SQLite script."),
            s.Value.GetValueOrDefault("postgres") ?? throw new InvalidOperationException($"Migration {s.Key.Version} has no PostgreSQL script."))).ToList();
        for (int i = 0; i < migrations.Count; i++)
        {
            // A gap or a repeat would make "version N" mean different schemas in different stores.
            if (migrations[i].Version != i + 1) throw new InvalidOperationException($"Migration versions must be 1, 2, 3, … without gaps; found {migrations[i].Version} at position {i + 1}.");
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{3})_([a-z0-9_]+)\.(sqlite|postgres)\.sql$")]
    private static partial Regex ScriptName();
}
