using System.Globalization;
using Clientele.Allocation.Policies;
using Clientele.Storage.Planning;

namespace Clientele.Cli.Commands;

/// <summary>Parsers the planning commands share; each failure is a one-line <see cref="UserInputException"/> naming the option.</summary>
internal static class PlanOptions
{
    public static readonly string[] AllocateStages = ["read snapshot", "value options", "solve", "assign account managers", "save plan"];

    public static readonly string[] EvaluateStages = ["read plan and snapshot", "read actuals", "compare", "flag segments", "save evaluation"];

    public static AllocationPolicy? Policy(string? file)
    {
        if (file is null) return null;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--policy: cannot read {file}: {e.Message}");
        }

        try
        {
            return AllocationPolicy.Parse(text);
        }
        catch (Exception e) when (e is PolicyValidationException or ArgumentException)
        {
            throw new UserInputException($"--policy {file}: {e.Message.Split('\n')[0]}");
        }
    }

    public static PlanPeriod? Period(string? text)
    {
        if (text is null) return null;
        try
        {
            return PlanPeriod.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException("--period: " + Message(e));
        }
    }

    /// <summary>"marketing_promotion=5000" entries (repeatable, or comma-separated).</summary>
    public static IReadOnlyDictionary<string, double>? CategoryBudgets(IEnumerable<string>? entries)
    {
        var list = (entries ?? []).SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (list.Count == 0) return null;
        var budgets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(entry[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                throw new UserInputException($"--category-budget: '{entry}' is not CATEGORY=AMOUNT (e.g. marketing_promotion=5000)");
            }

            budgets[entry[..eq].Trim()] = amount;
        }

        return budgets;
    }

    public static string Message(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
