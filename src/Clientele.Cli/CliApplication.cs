using System.CommandLine;
using System.Data.Common;
using Clientele.Allocation;
using Clientele.Analytics.Models;
using Clientele.Cli.Commands;
using Clientele.Storage.Database;
using Clientele.Storage.Files;

namespace Clientele.Cli;

/// <summary>Builds the command tree and turns failures into one-line errors and exit codes.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand(
            "Clientele: what each customer is worth, what you invest in them and what it returns.\n" +
            "Examples:\n" +
            "  clientele demo --out ./demo\n" +
            "  clientele fit -t tx.csv --calibration-end 1997-09-30 --holdout-end 1998-06-30 --json\n" +
            "  clientele score -t tx.csv --as-of 2025-12-28 --unit week --out scores.csv\n" +
            "  clientele init --db ./clientele.db\n" +
            "  clientele analyze --db ./clientele.db --as-of 2025-12-31");
        root.Subcommands.Add(FitCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ChurnRiskCommand.Create(context));
        root.Subcommands.Add(DealersCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(AllocateCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(UserCommand.Create(context));
        root.Subcommands.Add(ApiKeyCommand.Create(context));
        root.Subcommands.Add(KpiCommand.Create(context));
        root.Subcommands.Add(EconomicsCommand.Create(context));
        root.Subcommands.Add(PlansCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));

        var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = root.Parse(args);
            return parse.Invoke(config);
        }
        catch (Exception e) when (Describe(e) is { } failure)
        {
            context.Error.WriteLine($"clientele: error: {failure.Message}");
            return failure.Code;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CLIENTELE_DEBUG") is null)
        {
            // A defect, not a user error: still one line, with a way to get the full trace.
            context.Error.WriteLine($"clientele: internal error: {e.GetType().Name}: {e.Message} (set CLIENTELE_DEBUG=1 for the stack trace)");
            return ExitCodes.Internal;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static (string Message, int Code)? Describe(Exception e) => e switch
    {
        InputFormatException x => (x.Message, ExitCodes.BadInput),
        UserInputException x => (x.Message, ExitCodes.BadInput),
        ArgumentException x => (x.Message, ExitCodes.BadInput),
        FormatException x => (x.Message, ExitCodes.BadInput),
        ModelFitException x => (x.Message, ExitCodes.Failed),
        AllocationInfeasibleException x => ($"infeasible: {x.Message}", ExitCodes.Failed),
        StoreNotFoundException x => (x.Message, ExitCodes.BadInput),
        StoreVersionException x => (x.Message, ExitCodes.Failed),
        DbException x => ($"database: {OneLine(x.Message)}", ExitCodes.Failed),
        IOException x => (x.Message, ExitCodes.Failed),
        UnauthorizedAccessException x => (x.Message, ExitCodes.Failed),
        AggregateException { InnerExceptions.Count: 1 } x => Describe(x.InnerExceptions[0]),
        _ => null,
    };
}
