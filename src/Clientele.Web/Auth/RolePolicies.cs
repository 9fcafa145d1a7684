using System.Security.Claims;
using Clientele.Storage.Database;
using Microsoft.AspNetCore.Authorization;

namespace Clientele.Web.Auth;

/// <summary>
/// The authorization policies, one per <see cref="UserRole"/>, named after the role (<c>viewer</c>, <c>analyst</c>,
/// <c>admin</c>). A policy admits its role and every higher one; the caller's role is the <see cref="ClaimTypes.Role"/>
/// claim set by the cookie or the API key.
/// </summary>
public static class RolePolicies
{
    /// <summary>The policy admitting <paramref name="role"/> and the roles above it.</summary>
    public static string For(UserRole role) => role.Name();

    /// <summary>The caller's role, or null when the principal carries none (anonymous).</summary>
    public static UserRole? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && UserRoles.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
    }

    /// <summary>Adds the three policies; endpoints without a declared policy fall back to <c>viewer</c> (authenticated).</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var role in UserRoles.All)
        {
            options.AddPolicy(For(role), policy => policy.RequireAuthenticatedUser().RequireAssertion(context => RoleOf(context.User) >= role));
        }

        options.FallbackPolicy = options.GetPolicy(For(UserRole.Viewer));
    }
}
