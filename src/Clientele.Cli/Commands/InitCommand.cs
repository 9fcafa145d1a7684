using System.CommandLine;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary><c>clientele init</c>: creates the store (or upgrades an older one) at the latest schema version.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var command = new Command("init", "Create the store, or upgrade an older one to this version's schema.\n" +
            "Examples:\n  clientele init\n  clientele init --db \"Host=localhost;Database=crm;Username=clientele\"");
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var location = CommonOptions.ParseDb(parse.GetValue(db));
            using var store = ClienteleStore.Open(location, createIfMissing: true);
            var m = store.Migration;
            string where = $"{(location.Provider == StoreProvider.Sqlite ? "SQLite" : "PostgreSQL")} store {location.DisplayName}";
            string steps = string.Join(", ", m.Applied.Select(a => $"{a.Version} {a.Name}"));
            string message = m.Created ? $"Created {where} at schema version {m.ToVersion} (migrations {steps})."
                : m.Applied.Count > 0 ? $"Upgraded {where} from schema version {m.FromVersion} to {m.ToVersion} (migrations {steps})."
                : $"{where} is already at schema version {m.ToVersion}; nothing to do.";
            context.Console.WriteLine(char.ToUpperInvariant(message[0]) + message[1..]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
