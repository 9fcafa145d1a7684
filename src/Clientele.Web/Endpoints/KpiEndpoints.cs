using Clientele.Analytics.Metrics;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>GET /api/kpi</c> (viewer): the relationship KPIs of <c>clientele kpi</c> — NPS, CSAT, complaint, repeat purchase,
/// churn and retention rates, conversion, sales cycle, order value, revenue concentration, cohorts — for a period,
/// optionally by month, quarter, year or a customer dimension.
/// </summary>
public sealed class KpiEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/kpi", async (StorePool pool, CancellationToken cancellationToken, string? from, string? to, string? by) =>
        {
            var (request, problem) = await MetricsQuery.ReadAsync(pool, from, to, by, cancellationToken).ConfigureAwait(false);
            if (request is null) return problem!;
            var (period, dimension, data) = (request.Period, request.By, request.Data);
            var (all, groups) = MetricSlices.Compute(data, period, dimension, KpiCalculator.Compute, KpiCalculator.ComputeOverTime);
            return MetricsQuery.Ok(new KpiResponse(period, dimension is { } x ? DimensionText.ToText(x) : null, all, groups));
        }).RequireRole(UserRole.Viewer).WithTags("Metrics").Produces<KpiResponse>()
            .WithSummary("Relationship KPIs of a period (default the 12 months to the last transaction); by = month, quarter, year, segment, tier, dealer, region, industry, size or channel.");
    }
}
