using System.CommandLine;
using System.Globalization;
using Clientele.Domain;
using Clientele.Storage.Database;

namespace Clientele.Cli.Commands;

/// <summary>Options and parsers several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Unit(string defaultUnit) => new("--unit")
    {
        Description = "Time unit of recency, T, horizons and model rates: day, week or month.",
        DefaultValueFactory = _ => defaultUnit,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON object for machines instead of tables.",
    };

    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file or directory (default ./clientele.db, or $CLIENTELE_DB), or a PostgreSQL connection string \"Host=…;Database=…\".",
    };

    /// <summary>The store named by --db, else by CLIENTELE_DB, else ./clientele.db.</summary>
    public static StoreLocation ParseDb(string? option) =>
        StoreLocation.Resolve(option, Environment.GetEnvironmentVariable("CLIENTELE_DB"));

    public static Option<double> Penalizer() => new("--penalizer")
    {
        Description = "L2 penalty on the model parameters (0 = plain maximum likelihood; try 0.001 if a fit fails).",
        DefaultValueFactory = _ => 0.0,
    };

    public static TimeUnit ParseUnit(string text)
    {
        try
        {
            return TimeUnitExtensions.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UserInputException("--unit: " + e.Message);
        }
    }

    public static DateOnly ParseDate(string option, string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UserInputException($"{option}: '{text}' is not a date in format yyyy-MM-dd");

    public static DateOnly? ParseOptionalDate(string option, string? text) => text is null ? null : ParseDate(option, text);
}
