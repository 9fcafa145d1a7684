using Clientele.Storage.Database;
using Clientele.Web.Auth;

namespace Clientele.Web.Endpoints;

/// <summary>Declares on an endpoint (or group) the least role that may call it.</summary>
public static class EndpointRoles
{
    /// <summary>Requires <paramref name="role"/> or a higher one: anonymous callers get 401, lower roles 403.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, UserRole role)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(RolePolicies.For(role));
}
