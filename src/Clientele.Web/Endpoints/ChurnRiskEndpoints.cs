using Clientele.Analytics.Metrics;
using Clientele.Analytics.ChurnRisk;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>GET /api/churn-risk</c> (viewer): the churn early warning list of <c>clientele churn-risk</c> — customers ranked by
/// value at risk CLV × (1 − P(alive)) with their reasons, and value at risk per group with <c>by</c>.
/// </summary>
public sealed class ChurnRiskEndpoints : IEndpointModule
{
    /// <summary>The most customers one request may list.</summary>
    public const int MaxTop = 1000;

    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/churn-risk", ListAsync).RequireRole(UserRole.Viewer).WithTags("Churn risk")
            .WithSummary("Customers with the most value at risk, CLV × (1 − P(alive)), with reasons; by = month, quarter, year, segment, tier, dealer, region, industry, size or channel adds groups.");
    }

    private static async Task<Results<Ok<ChurnRiskResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        StorePool pool, CancellationToken cancellationToken, string? asOf, string? from, int? top, string? by)
    {
        if (!QueryValues.TryDay("asOf", asOf, out var day, out var problem)) return problem!;
        if (!QueryValues.TryDay("from", from, out var evidenceFrom, out problem)) return problem!;
        int count = top ?? 20;
        if (count is < 0 or > MaxTop) return Problems.Field("top", $"The number of customers to list must be 0 to {MaxTop}, got {count}.");
        Dimension? dimension = null;
        if (!string.IsNullOrWhiteSpace(by))
        {
            try
            {
                dimension = DimensionText.Parse(by);
            }
            catch (FormatException e)
            {
                return Problems.Field("by", e.Message);
            }
        }

        var answer = await pool.RunAsync(store =>
        {
            var input = store.ReadChurnRiskInput(day, evidenceFrom);
            if (input is null) return ((ChurnRiskInput?)null, (ChurnRiskReport?)null);
            if (evidenceFrom > input.Current.AsOf) return (input, null);
            return (input, ChurnRiskList.Build(input.Customers, input.Current.AsOf, input.Previous?.AsOf, count, dimension));
        }, cancellationToken).ConfigureAwait(false);

        if (answer.Item1 is null)
        {
            return Problems.NotFound(day is { } d
                ? $"The store holds no analysis snapshot as of {d:yyyy-MM-dd} or earlier; run an analysis first."
                : "The store holds no analysis snapshot; run an analysis first.");
        }

        var input = answer.Item1;
        if (answer.Item2 is not { } report) return Problems.Field("from", $"{evidenceFrom:yyyy-MM-dd} is after the snapshot's as-of day {input.Current.AsOf:yyyy-MM-dd}.");
        var rows = report.Entries.Select(e => new ChurnRiskCustomerResponse(
            e.Rank, e.CustomerId, e.Profile.Segment, e.Profile.Region, e.Profile.DealerId, Numbers.Finite(e.Clv), Numbers.Finite(e.ProbabilityAlive),
            Numbers.Finite(e.ValueIfAlive), Numbers.Finite(e.ValueAtRisk), e.DaysSinceLastPurchase,
            e.Reasons.Select(r => new ChurnReasonResponse(ReasonKind(r.Kind), r.Text)).ToList())).ToList();
        var groups = report.Groups.Select(g => new ChurnRiskGroupResponse(g.Key, g.Customers, Numbers.Finite(g.Clv), Numbers.Finite(g.ValueAtRisk), Numbers.Finite(g.Share))).ToList();
        return TypedResults.Ok(new ChurnRiskResponse(
            report.AsOf, input.Current.RunId, report.PreviousAsOf, report.Customers, report.Scored, report.TotalClv, report.TotalValueAtRisk, rows,
            report.Dimension is { } dim ? DimensionText.ToText(dim) : null, groups));
    }

    /// <summary>The wire name of a reason kind (as <c>churn-risk --json</c> and the report's dictionaries spell it).</summary>
    internal static string ReasonKind(ChurnReasonKind kind) => kind switch
    {
        ChurnReasonKind.ProbabilityAliveFell => "pAliveFell",
        ChurnReasonKind.ProbabilityAliveLow => "pAliveLow",
        ChurnReasonKind.PurchaseOverdue => "purchaseOverdue",
        ChurnReasonKind.SatisfactionFell => "satisfactionFell",
        _ => "openComplaints",
    };
}
