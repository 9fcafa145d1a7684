using Microsoft.AspNetCore.Antiforgery;

namespace Clientele.Web.Auth;

/// <summary>
/// Cross-site request forgery protection for browsers: a state-changing request (not GET, HEAD, OPTIONS or TRACE)
/// that is authenticated by the log-in cookie must carry the antiforgery token in the <c>X-XSRF-TOKEN</c> header
/// (the token comes with the log-in response and from <c>GET /api/auth/antiforgery</c>). A request authenticated by
/// an API key carries no ambient credential a foreign page could use, so it needs no token.
/// </summary>
public sealed class CookieAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>The header that carries the request token.</summary>
    public const string Header = "X-XSRF-TOKEN";

    /// <summary>Checks the token where one is needed, else passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool unsafeMethod = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method));
        if (unsafeMethod && context.User.Identity is { IsAuthenticated: true, AuthenticationType: Principals.CookieType })
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Missing or invalid antiforgery token",
                    detail: $"A request made with the log-in cookie that changes something needs the antiforgery token in the {Header} header.",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Header] = ["The antiforgery token is missing or does not match."] } })
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
