using System.Security.Claims;
using Clientele.Storage.Database;
using Clientele.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clientele.Web.Auth;

/// <summary>
/// Checks a log-in cookie against the store on every request: a user who was removed, given another role or a new
/// password since logging in is signed out, instead of keeping the old rights until the cookie expires.
/// </summary>
public static class CookieSessions
{
    /// <summary>The cookie handler's OnValidatePrincipal event.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        string? name = principal?.FindFirstValue(ClaimTypes.Name);
        if (principal is null || name is null)
        {
            context.RejectPrincipal();
            return;
        }

        var pool = context.HttpContext.RequestServices.GetRequiredService<StorePool>();
        var user = await pool.RunAsync(store => store.FindUser(name), context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (user is null || user.Role.Name() != principal.FindFirstValue(ClaimTypes.Role)
            || Principals.Stamp(user.PasswordHash) != principal.FindFirstValue(Principals.PasswordStampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
