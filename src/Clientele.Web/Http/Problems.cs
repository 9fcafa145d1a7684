using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Http;

/// <summary>ProblemDetails answers the endpoints share.</summary>
public static class Problems
{
    /// <summary>A 400 ValidationProblem naming <paramref name="field"/> (camelCase, as on the wire) and what is wrong with it.</summary>
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}");

    /// <summary>The 400 for an <see cref="ArgumentException"/> of the core, naming its parameter as the field.</summary>
    public static ValidationProblem From(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string field = e.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : "request";
        string message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
        return Field(field, message);
    }

    /// <summary>A 404 ProblemDetails saying what was not found.</summary>
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
