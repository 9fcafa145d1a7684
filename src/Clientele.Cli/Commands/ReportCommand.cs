using System.CommandLine;
using System.Text;
using Clientele.Reports;
using Clientele.Storage.Database;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele report</c>: one self-contained HTML file (charts, tables, data and scripts inline; opens with no network)
/// with the overview, segments, economics, relationship, dealers, churn risk and the latest plan (docs/report.md).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        // Not Required: a missing --out is a one-line error with exit code 2 like every other bad input, not the parser's help page.
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The HTML file to write, e.g. report.html (required)." };
        var language = new Option<string>("--lang") { Description = "Language of the report: en or zh-CN.", DefaultValueFactory = _ => ReportLanguage.English };
        var from = new Option<string?>("--from") { Description = "First day of the period (yyyy-MM-dd); default 12 months before --to." };
        var to = new Option<string?>("--to")
        {
            Description = "Last day of the period and latest as-of day of the analysis snapshot used (yyyy-MM-dd); default the last transaction date.",
        };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code of the store's money, e.g. CNY (¥), USD, EUR.", DefaultValueFactory = _ => "CNY" };
        var top = new Option<int>("--top") { Description = "How many customers the churn-risk list shows.", DefaultValueFactory = _ => 20 };
        var command = new Command("report", "Write one self-contained HTML report (opens offline, prints well) in English or Simplified Chinese.\n" +
            "Examples:\n  clientele report --db ./clientele.db --out report.html\n  clientele report --out 报告.html --lang zh-CN --from 2025-01-01 --to 2025-12-31");
        foreach (var option in new Option[] { db, output, language, from, to, currency, top }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output) ?? throw new UserInputException("--out: give the HTML file to write, e.g. --out report.html");
            var location = CommonOptions.ParseDb(parse.GetValue(db));
            var options = Options(
                parse.GetValue(language)!, parse.GetValue(currency)!, CommonOptions.ParseOptionalDate("--from", parse.GetValue(from)),
                CommonOptions.ParseOptionalDate("--to", parse.GetValue(to)), parse.GetValue(top));
            using var store = ClienteleStore.Open(location, createIfMissing: false);
            Write(store, options, file.FullName);
            context.Console.MarkupLine($"wrote [bold]{Markup.Escape(file.FullName)}[/] ({options.Language}); open it in a browser — it needs no network.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Builds the English report of the store at <paramref name="location"/> with default options (the demo's call).</summary>
    internal static void Write(StoreLocation location, string path)
    {
        using var store = ClienteleStore.Open(location, createIfMissing: false);
        Write(store, new ReportOptions().Validated(), path);
    }

    /// <summary>Builds the report of <paramref name="store"/> and writes it to <paramref name="path"/> (UTF-8, no BOM).</summary>
    internal static void Write(ClienteleStore store, ReportOptions options, string path)
    {
        Clientele.Reports.Model.ReportData data;
        try
        {
            data = ReportDataBuilder.Build(store, options, DateTimeOffset.UtcNow);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(Sentence(e));
        }

        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new UserInputException($"--out: the directory {directory} does not exist");
        }

        // Rendered whole before the file is touched, so a failure leaves no half-written report behind.
        File.WriteAllText(path, HtmlReport.Render(data), new UTF8Encoding(false));
    }

    private static ReportOptions Options(string language, string currency, DateOnly? from, DateOnly? to, int top)
    {
        try
        {
            return new ReportOptions(language, currency, from, to, top).Validated();
        }
        catch (ArgumentException e)
        {
            string option = e.ParamName switch
            {
                "text" => "--lang",
                "Currency" => "--currency",
                "From" => "--from",
                "ChurnTop" => "--top",
                _ => "report",
            };
            throw new UserInputException($"{option}: {Sentence(e)}");
        }
    }

    // ArgumentException appends " (Parameter 'x')" to its message; the user needs only the sentence.
    private static string Sentence(ArgumentException e) => e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
