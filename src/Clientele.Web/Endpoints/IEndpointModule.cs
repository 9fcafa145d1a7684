namespace Clientele.Web.Endpoints;

/// <summary>
/// One resource of the REST API. Adding a resource is adding one file: a static class implementing this interface
/// is found by <see cref="EndpointModules.MapAll"/>; its <see cref="Map"/> maps a group under <c>/api/…</c> and
/// declares a role for every endpoint (<see cref="EndpointRoles.RequireRole{TBuilder}"/>).
/// </summary>
public interface IEndpointModule
{
    /// <summary>Maps the resource's endpoints.</summary>
    static abstract void Map(IEndpointRouteBuilder endpoints);
}
