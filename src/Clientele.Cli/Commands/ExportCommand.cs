using System.CommandLine;
using System.Text;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary><c>clientele export ENTITY</c>: writes an entity's rows as CSV in the import format (to stdout or --out).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("entity") { Description = "What to export: " + string.Join(", ", ImportCommand.Entities.Keys) + "." };
        var db = CommonOptions.Db();
        var output = new Option<string?>("--out", "-o") { Description = "The CSV file to write; default standard output." };
        var command = new Command("export", "Export an entity as CSV with the default import column names (imports back unchanged).\n" +
            "Examples:\n  clientele export customers --out customers.csv\n  clientele export transactions > tx.csv");
        command.Arguments.Add(entity);
        command.Options.Add(db);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var what = ImportCommand.ParseEntity(parse.GetValue(entity)!);
            var location = CommonOptions.ParseDb(parse.GetValue(db));

            // Export never creates a store: a typo in --db should say so, not print an empty file.
            using var store = ClienteleStore.Open(location, createIfMissing: false);
            if (parse.GetValue(output) is { } path)
            {
                // Written beside and renamed, so a failed export never leaves a truncated file under the name.
                string temp = path + ".tmp";
                long rows;
                using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
                {
                    rows = store.ExportCsv(what, writer);
                }

                File.Move(temp, path, overwrite: true);
                context.Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Wrote {rows:N0} {what.JsonName()} to {path}."));
            }
            else
            {
                store.ExportCsv(what, context.Out);
                context.Out.Flush();
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
