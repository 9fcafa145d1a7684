using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary><c>/api/apikeys</c> (admin): list, create and revoke API keys. A key is shown once, when it is created.</summary>
public sealed class ApiKeysEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/apikeys").WithTags("API keys").RequireRole(UserRole.Admin);
        group.MapGet("/", async (StorePool pool, CancellationToken cancellationToken) =>
            TypedResults.Ok((await pool.RunAsync(store => store.ListApiKeys(), cancellationToken).ConfigureAwait(false)).Select(ToResponse).ToList()))
            .WithSummary("Every API key (without secrets), revoked ones included.");
        group.MapPost("/", CreateAsync).WithSummary("Create an API key; the key is in this response only.");
        group.MapDelete("/{keyId}", async Task<Results<NoContent, ProblemHttpResult>> (string keyId, StorePool pool, ApiKeyCache cache, CancellationToken cancellationToken) =>
        {
            bool revoked = await pool.RunAsync(store => store.RevokeApiKey(keyId), cancellationToken).ConfigureAwait(false);
            cache.Forget(keyId);
            return revoked ? TypedResults.NoContent() : Problems.NotFound($"There is no active API key with id '{keyId}'.");
        })
            .WithSummary("Revoke an API key; requests with it get 401 from then on.");
    }

    /// <summary>The wire form of a key record.</summary>
    public static ApiKeyResponse ToResponse(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ApiKeyResponse(key.KeyId, key.Name, key.Role.Name(), key.CreatedAt, key.RevokedAt);
    }

    private static async Task<Results<Created<CreatedApiKeyResponse>, ValidationProblem>> CreateAsync(CreateApiKeyRequest request, StorePool pool, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) return Problems.Field("name", "The key name is required.");
        if (!UserRoles.TryParse(request.Role, out var role)) return Problems.Field("role", $"'{request.Role}' is not viewer, analyst or admin.");
        var (key, keyId, hash) = ApiKeys.Generate();
        try
        {
            var record = await pool.RunAsync(store => store.AddApiKey(keyId, request.Name, role, hash), cancellationToken).ConfigureAwait(false);
            return TypedResults.Created($"/api/apikeys/{keyId}", new CreatedApiKeyResponse(ToResponse(record), key));
        }
        catch (ArgumentException e)
        {
            return Problems.From(e);
        }
    }
}
