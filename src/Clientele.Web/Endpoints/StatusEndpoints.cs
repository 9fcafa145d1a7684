using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;

namespace Clientele.Web.Endpoints;

/// <summary><c>GET /api/status</c>: schema version, rows per entity and the latest analysis run (viewer).</summary>
public sealed class StatusEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/status", async (SnapshotCache cache, CancellationToken cancellationToken) =>
        {
            var (version, counts) = await cache.CountsAsync(cancellationToken).ConfigureAwait(false);
            var latest = await cache.LatestAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new StatusResponse(
                version, counts.ToDictionary(c => c.Key.JsonName(), c => c.Value),
                latest is null ? null : AnalysesEndpoints.ToResponse(latest.Run)));
        }).RequireRole(UserRole.Viewer).WithTags("Status").WithSummary("Schema version, rows per entity and the latest analysis run.");
    }
}
