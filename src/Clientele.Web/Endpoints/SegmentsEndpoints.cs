using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;

namespace Clientele.Web.Endpoints;

/// <summary><c>GET /api/segments</c>: customers and value per RFM segment, and the tier cuts, of the latest analysis run (viewer).</summary>
public sealed class SegmentsEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/segments", async (SnapshotCache cache, CancellationToken cancellationToken) =>
        {
            var latest = await cache.LatestAsync(cancellationToken).ConfigureAwait(false);
            if (latest is null) return TypedResults.Ok(new SegmentsResponse(null, [], null));
            long total = latest.Segments.Sum(s => s.Customers);
            var segments = latest.Segments.Select(s => new SegmentResponse(
                s.Segment, s.Customers, total == 0 ? 0 : (double)s.Customers / total, s.Revenue, Numbers.Finite(s.TotalClv), Numbers.Finite(s.MeanProbabilityAlive))).ToList();
            var tiers = latest.Tiers is { } t ? new TiersResponse(t.GoldMinClv, t.SilverMinClv, t.Customers) : null;
            return TypedResults.Ok(new SegmentsResponse(latest.Run.RunId, segments, tiers));
        }).RequireRole(UserRole.Viewer).WithTags("Segments").WithSummary("Customers, revenue, CLV and P(alive) per RFM segment; value tier cuts.");
    }
}
