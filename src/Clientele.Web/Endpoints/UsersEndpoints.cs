using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary><c>/api/users</c> (admin): list, add and remove users. Passwords are never returned, except one generated here, once.</summary>
public sealed class UsersEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/users").WithTags("Users").RequireRole(UserRole.Admin);
        group.MapGet("/", async (StorePool pool, CancellationToken cancellationToken) =>
            TypedResults.Ok((await pool.RunAsync(store => store.ListUsers(), cancellationToken).ConfigureAwait(false)).Select(ToResponse).ToList()))
            .WithSummary("Every user, by name.");
        group.MapPost("/", CreateAsync).WithSummary("Add a user; without a password one is generated and returned once.");
        group.MapDelete("/{name}", async Task<Results<NoContent, ProblemHttpResult>> (string name, StorePool pool, CancellationToken cancellationToken) =>
            await pool.RunAsync(store => store.DeleteUser(name), cancellationToken).ConfigureAwait(false)
                ? TypedResults.NoContent()
                : Problems.NotFound($"There is no user named '{name}'."))
            .WithSummary("Remove a user; their sessions end with their next request.");
    }

    private static async Task<Results<Created<CreatedUserResponse>, ValidationProblem>> CreateAsync(CreateUserRequest request, StorePool pool, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) return Problems.Field("name", "The user name is required.");
        if (!UserRoles.TryParse(request.Role, out var role)) return Problems.Field("role", $"'{request.Role}' is not viewer, analyst or admin.");
        string? generated = request.Password is null ? Passwords.Generate() : null;
        string hash;
        try
        {
            hash = Passwords.Hash(request.Password ?? generated!);
            var user = await pool.RunAsync(store => store.AddUser(request.Name, role, hash), cancellationToken).ConfigureAwait(false);
            return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.Name)}", new CreatedUserResponse(ToResponse(user), generated));
        }
        catch (ArgumentException e)
        {
            return Problems.From(e);
        }
    }

    private static UserResponse ToResponse(UserAccount user) => new(user.Name, user.Role.Name(), user.CreatedAt);
}
