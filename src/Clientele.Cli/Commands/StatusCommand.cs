using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary><c>clientele status</c>: the store's schema version and how many rows of each entity it holds.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("status", "Show the store's schema version and a count per entity.\n" +
            "Example: clientele status --json");
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var location = CommonOptions.ParseDb(parse.GetValue(db));

            // Status never creates a SQLite file: a typo in --db should say so, not leave an empty store behind.
            using var store = ClienteleStore.Open(location, createIfMissing: false);
            var counts = store.Counts();
            if (parse.GetValue(json))
            {
                var node = new JsonObject { ["schemaVersion"] = store.SchemaVersion };
                foreach (var (entity, count) in counts) node[entity.JsonName()] = count;
                context.Out.WriteLine(JsonOutput.Serialize(node));
                return ExitCodes.Ok;
            }

            context.Console.WriteLine($"{location.DisplayName}: schema version {store.SchemaVersion}");
            var table = new Table().AddColumn("entity").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var (entity, count) in counts) table.AddRow(entity.JsonName(), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
