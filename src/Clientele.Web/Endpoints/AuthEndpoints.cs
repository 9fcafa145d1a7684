using System.Security.Claims;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/auth</c>: browser log-in with the cookie. <c>POST login</c> is public (it is how credentials are
/// presented) and rate-limited per client address; the others need a signed-in caller.
/// </summary>
public sealed class AuthEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(ClienteleWebApplication.LoginRateLimit)
            .WithSummary("Log in with user name and password; sets the session cookie and returns the antiforgery token.");
        group.MapPost("/logout", (Delegate)LogoutAsync).RequireRole(UserRole.Viewer).WithSummary("End the cookie session.");
        group.MapGet("/me", (HttpContext context, IAntiforgery antiforgery) => TypedResults.Ok(Session(context, antiforgery)))
            .RequireRole(UserRole.Viewer).WithSummary("Who is signed in, with a fresh antiforgery token for cookie sessions.");
    }

    private static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext context, StorePool pool, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) return Problems.Field("userName", "The user name is required.");
        if (string.IsNullOrEmpty(request.Password)) return Problems.Field("password", "The password is required.");
        var user = await pool.RunAsync(store => store.FindUser(request.UserName), context.RequestAborted).ConfigureAwait(false);
        if (!Passwords.Verify(user?.PasswordHash, request.Password) || user is null)
        {
            loggers.CreateLogger<AuthEndpoints>().LogInformation("Failed log-in for a user name of {Length} characters.", request.UserName.Length);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Log-in failed", detail: "The user name or the password is wrong.");
        }

        var principal = Principals.ForUser(user);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);

        // The antiforgery token is bound to the user it is issued for, so issue it for the user just signed in.
        context.User = principal;
        return TypedResults.Ok(Session(context, antiforgery));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static SessionResponse Session(HttpContext context, IAntiforgery antiforgery)
    {
        var user = context.User;
        bool cookie = user.Identity?.AuthenticationType == Principals.CookieType;
        return new SessionResponse(
            user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", cookie ? "cookie" : "apiKey",
            cookie ? antiforgery.GetAndStoreTokens(context).RequestToken : null);
    }
}
