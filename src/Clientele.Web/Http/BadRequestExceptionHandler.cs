using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Clientele.Web.Http;

/// <summary>
/// Turns request binding failures (a query value that is not a number, a body that is not valid JSON) into a 400
/// ProblemDetails whose detail names the parameter and, for JSON, the path of the bad field (e.g. <c>$.role</c>).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad) return false;
        string detail = bad.Message;
        string field = "body";
        if (bad.InnerException is JsonException { Path: { } path } json)
        {
            field = path;
            detail += $" The JSON at {path} is not valid: {json.Message.Split(" Path:", 2)[0]}";
        }
        else if (ParameterName(bad.Message) is { } parameter)
        {
            field = parameter;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request is not valid",
                Detail = detail,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } },
            },
            Exception = exception,
        }).ConfigureAwait(false);
    }

    // Minimal APIs say 'Failed to bind parameter "int page" from "abc".' or 'Required parameter "string name" was not provided'.
    private static string? ParameterName(string message)
    {
        int open = message.IndexOf('"', StringComparison.Ordinal);
        int close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        if (close < 0) return null;
        var declaration = message[(open + 1)..close];
        return declaration.Split(' ') is [.., var name] ? name : null;
    }
}
