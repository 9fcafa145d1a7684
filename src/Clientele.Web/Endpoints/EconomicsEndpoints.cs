using Clientele.Analytics.Metrics;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>GET /api/economics</c> (viewer): the economics of <c>clientele economics</c> — cost by category and lifecycle
/// stage, CAC (per channel), ROI (gross, incremental, payback; per category, stage, tier, segment, dealer),
/// cost-to-serve and profitability — for a period, optionally sliced.
/// </summary>
public sealed class EconomicsEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/economics", async (StorePool pool, CancellationToken cancellationToken, string? from, string? to, string? by) =>
        {
            var (request, problem) = await MetricsQuery.ReadAsync(pool, from, to, by, cancellationToken).ConfigureAwait(false);
            if (request is null) return problem!;
            var (period, dimension, data) = (request.Period, request.By, request.Data);
            var (all, groups) = MetricSlices.Compute(data, period, dimension, EconomicsCalculator.Compute, EconomicsCalculator.ComputeOverTime);
            return MetricsQuery.Ok(new EconomicsResponse(period, dimension is { } x ? DimensionText.ToText(x) : null, all, groups));
        }).RequireRole(UserRole.Viewer).WithTags("Metrics").Produces<EconomicsResponse>()
            .WithSummary("Cost composition, CAC, ROI (by category, stage, tier …), payback and profitability of a period; by slices it.");
    }
}
