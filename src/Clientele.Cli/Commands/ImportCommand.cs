using System.CommandLine;
using System.Text.Json.Nodes;
using Clientele.Cli.Output;
using Clientele.Storage.Database;
using Spectre.Console;
using Clientele.Storage.Import;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele import ENTITY FILE</c>: loads a CSV/TSV or JSON lines file into the store, all or nothing. Bad
/// rows never stop the import: they go to the reject file (<c>--rejects</c>, default <c>FILE.rejects.csv</c> next
/// to the input) with line, field and reason, and the summary counts them. Problems with the file as a whole
/// (missing file, unusable header) are one-line errors with exit code 2 and store nothing.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The entity names the command accepts.</summary>
    public static readonly IReadOnlyDictionary<string, StoreEntity> Entities = new Dictionary<string, StoreEntity>(StringComparer.OrdinalIgnoreCase)
    {
        ["customers"] = StoreEntity.Customers,
        ["transactions"] = StoreEntity.Transactions,
        ["interactions"] = StoreEntity.Interactions,
        ["investments"] = StoreEntity.Investments,
        ["surveys"] = StoreEntity.SurveyResponses,
        ["leads"] = StoreEntity.Leads,
        ["dealers"] = StoreEntity.Dealers,
        ["staff"] = StoreEntity.Staff,
    };

    public static StoreEntity ParseEntity(string text) =>
        Entities.TryGetValue(text.Trim(), out var entity)
            ? entity
            : throw new UserInputException($"'{text}' is not an entity; use one of {string.Join(", ", Entities.Keys)}");

    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("entity") { Description = "What the file holds: " + string.Join(", ", Entities.Keys) + "." };
        var file = new Argument<string>("file") { Description = "CSV/TSV (header row; delimiter detected) or JSON lines (.jsonl)." };
        var db = CommonOptions.Db();
        var map = new Option<string?>("--map") { Description = "Column names that differ from the defaults: field=Column,… (e.g. customer_id=Kunde,date=Datum)." };
        var rejects = new Option<string?>("--rejects") { Description = "Reject file (line, field, reason, content); default FILE.rejects.csv next to the input." };
        var createCustomers = new Option<bool>("--create-customers") { Description = "Create customers first seen in a transaction, interaction or survey file instead of rejecting the row." };
        var dateFormat = new Option<string?>("--date-format") { Description = "Date format such as dd.MM.yyyy; default ISO 8601 (yyyy-MM-dd, a time part is ignored)." };
        var decimalSeparator = new Option<string>("--decimal-separator") { Description = "Decimal separator of numbers: '.' or ','.", DefaultValueFactory = _ => "." };
        var delimiter = new Option<string>("--delimiter") { Description = "Field delimiter: auto, comma, tab, semicolon, pipe, or the character itself.", DefaultValueFactory = _ => "auto" };
        var json = CommonOptions.Json();
        var command = new Command("import", "Import a file of customers, transactions, … into the store (all rows or none; re-importing changes nothing).\n" +
            "Default columns are the snake_case field names (id, customer_id, date, amount, …); a file without an id column gets ids derived from each row's content,\n" +
            "so identical rows in it count as duplicates. Customer attributes: attr_NAME columns; survey dimension scores: dim_NAME columns.\n" +
            "Examples:\n  clientele import customers customers.csv\n  clientele import transactions orders.csv --map customer_id=Kunde --create-customers --json");
        command.Arguments.Add(entity);
        command.Arguments.Add(file);
        foreach (var option in new Option[] { db, map, rejects, createCustomers, dateFormat, decimalSeparator, delimiter, json }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var what = ParseEntity(parse.GetValue(entity)!);
            string path = parse.GetValue(file)!;
            var options = new ImportOptions(
                ParseMap(parse.GetValue(map)),
                ParseDelimiter(parse.GetValue(delimiter)!),
                parse.GetValue(dateFormat),
                parse.GetValue(decimalSeparator) switch
                {
                    "." => '.',
                    "," => ',',
                    var other => throw new UserInputException($"--decimal-separator: '{other}' is not '.' or ','"),
                },
                parse.GetValue(createCustomers),
                parse.GetValue(rejects),
                ExclusiveFirstLoad: true);
            if (!File.Exists(path)) throw new Storage.Files.InputFormatException(path, 0, null, "file not found");
            var location = CommonOptions.ParseDb(parse.GetValue(db));
            using var store = ClienteleStore.Open(location, createIfMissing: true);
            var result = FileImporter.Import(store, what, path, options);
            if (parse.GetValue(json))
            {
                var node = new JsonObject
                {
                    ["read"] = result.Read,
                    ["accepted"] = result.Accepted,
                    ["rejected"] = result.Rejected,
                    ["duplicates"] = result.Duplicates,
                    ["customersCreated"] = result.CustomersCreated,
                    ["rejectsFile"] = result.RejectsPath,
                };
                context.Out.WriteLine(JsonOutput.Serialize(node));
                return ExitCodes.Ok;
            }

            var n = System.Globalization.CultureInfo.InvariantCulture;
            string created = result.CustomersCreated > 0 ? string.Create(n, $"; {result.CustomersCreated:N0} customers created") : "";
            context.Console.WriteLine(string.Create(n,
                $"{path}: read {result.Read:N0} rows: {result.Accepted:N0} stored, {result.Duplicates:N0} duplicates, {result.Rejected:N0} rejected{created} ({location.DisplayName})."));
            if (result.RejectsPath is { } r) context.Console.WriteLine($"Rejected rows with line, field and reason: {r}");
            if (result.IgnoredColumns.Count > 0)
            {
                context.Console.WriteLine($"Ignored columns: {string.Join(", ", result.IgnoredColumns.Take(10))}{(result.IgnoredColumns.Count > 10 ? $" (+{result.IgnoredColumns.Count - 10} more)" : "")}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, string> ParseMap(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text)) return map;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Split('=', 2) is not [var field, var column] || field.Trim().Length == 0 || column.Trim().Length == 0)
                throw new UserInputException($"--map: '{part}' is not field=Column");
            if (!map.TryAdd(field.Trim(), column.Trim())) throw new UserInputException($"--map: field '{field.Trim()}' is mapped twice");
        }

        return map;
    }

    private static char? ParseDelimiter(string text) => text.ToLowerInvariant() switch
    {
        "auto" => null,
        "comma" or "," => ',',
        "tab" or "\\t" or "\t" => '\t',
        "semicolon" or ";" => ';',
        "pipe" or "|" => '|',
        { Length: 1 } single when single[0] is not ('"' or '\n' or '\r') && single[0] < 128 => single[0],
        _ => throw new UserInputException($"--delimiter: '{text}' is not auto, comma, tab, semicolon, pipe or a single ASCII character"),
    };
}
