using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Http;

/// <summary>Query values parsed by hand, so a bad one gets a 400 that names its field and says what was expected.</summary>
public static class QueryValues
{
    /// <summary>
    /// Parses an optional day (<c>yyyy-MM-dd</c>) of query field <paramref name="field"/>: null when absent or blank; a
    /// <see cref="ValidationProblem"/> naming the field when it is not a day.
    /// </summary>
    public static bool TryDay(string field, string? text, out DateOnly? day, out ValidationProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(field);
        day = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        problem = Problems.Field(field, $"'{text}' is not a day in the form yyyy-MM-dd.");
        return false;
    }
}
