using System.Security.Claims;
using Clientele.Reports;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/preferences</c> (viewer): the signed-in user's dashboard language, stored on the user so it follows them to
/// any browser. Preferences belong to users who log in: an API key has none (409).
/// </summary>
public sealed class PreferencesEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/preferences").WithTags("Preferences").RequireRole(UserRole.Viewer);
        group.MapGet("/", GetAsync).WithSummary("The signed-in user's dashboard language (null until chosen).");
        group.MapPut("/", PutAsync).WithSummary("Set the signed-in user's dashboard language: en or zh-CN.");
    }

    private static async Task<Results<Ok<PreferencesResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, StorePool pool, CancellationToken cancellationToken)
    {
        if (UserName(user) is not { } name) return NoUser();
        var language = await pool.RunAsync(store => store.ReadUserLanguage(name), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PreferencesResponse(language));
    }

    private static async Task<Results<Ok<PreferencesResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        PreferencesRequest request, ClaimsPrincipal user, StorePool pool, CancellationToken cancellationToken)
    {
        if (UserName(user) is not { } name) return NoUser();
        if (string.IsNullOrWhiteSpace(request.Language)) return Problems.Field("language", "The language is required: en or zh-CN.");
        string language;
        try
        {
            language = ReportLanguage.Parse(request.Language);
        }
        catch (ArgumentException)
        {
            return Problems.Field("language", $"'{request.Language}' is not supported; use en or zh-CN.");
        }

        bool found = await pool.RunAsync(store => store.SetUserLanguage(name, language), cancellationToken).ConfigureAwait(false);
        return found ? TypedResults.Ok(new PreferencesResponse(language)) : Problems.NotFound($"There is no user named '{name}'.");
    }

    private static string? UserName(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == Principals.CookieType ? user.Identity.Name : null;

    private static ProblemHttpResult NoUser() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "No user", detail: "Preferences belong to users who log in; an API key has none.");
}
