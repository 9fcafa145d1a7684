using Clientele.Analytics.Metrics;
using Clientele.Analytics.Dealers;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>GET /api/dealers</c> (viewer): the dealer scorecards and ranking of <c>clientele dealers</c> for a period
/// (default the 12 months to the last transaction), optionally added up per region or stored tier.
/// </summary>
public sealed class DealersEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/dealers", ListAsync).RequireRole(UserRole.Viewer).WithTags("Dealers")
            .WithSummary("Dealer scorecards ranked by score: sales, growth, market share, customers, satisfaction, complaints, coverage; key dealers, suggested tier; by = region or tier.");
    }

    private static async Task<Results<Ok<DealersResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        StorePool pool, CancellationToken cancellationToken, string? from, string? to, string? by, string? weights)
    {
        if (!QueryValues.TryDay("from", from, out var first, out var problem)) return problem!;
        if (!QueryValues.TryDay("to", to, out var last, out problem)) return problem!;
        if (first is { } f && last is { } l && f > l) return Problems.Field("from", $"{f:yyyy-MM-dd} is after to {l:yyyy-MM-dd}.");
        bool? byRegion = by?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "region" => true,
            "tier" => false,
            _ => (bool?)null,
        };
        if (byRegion is null && !string.IsNullOrWhiteSpace(by)) return Problems.Field("by", $"'{by}' is not region or tier.");
        var scoreWeights = ScorecardWeights.Default;
        if (!string.IsNullOrWhiteSpace(weights))
        {
            try
            {
                scoreWeights = ScorecardWeights.Parse(weights);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return Problems.Field("weights", e.Message);
            }
        }

        var report = await pool.RunAsync(store =>
        {
            var end = last ?? store.LastTransactionDate();
            if (end is not { } e) return null;
            var start = first ?? e.AddYears(-1).AddDays(1);
            if (start > e) return null;
            var period = new MetricPeriod(start, e);
            return DealerScorecard.Build(store.ReadDealerFigures(period), period, scoreWeights, byRegion);
        }, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return last is null && first is null
                ? Problems.NotFound("The store holds no transactions, so there is no period to score dealers in; import transactions first.")
                : Problems.Field("from", "The period starts after the last transaction in the store; give to.");
        }

        var p = report.Period;
        var weightMap = Enum.GetValues<ScorecardMetric>().ToDictionary(ScorecardWeights.Name, report.Weights.Of);
        var dealers = report.Dealers.Select(d => new DealerScoreResponse(
            d.Rank, d.DealerId, d.Name, d.Region, d.StoredTier, d.Sales, d.PreviousSales, Numbers.Finite(d.Growth), Numbers.Finite(d.MarketShare), d.CustomersServed,
            Numbers.Finite(d.Satisfaction), Numbers.Finite(d.ComplaintRate), d.Outlets, d.Coverage, Numbers.Finite(d.Score), d.IsKeyDealer, d.SuggestedTier, d.Notes)).ToList();
        var groups = report.Groups.Select(g => new DealerGroupResponse(g.Key, g.Dealers, g.Sales, g.PreviousSales, Numbers.Finite(g.Growth), g.CustomersServed, g.KeyDealers, Numbers.Finite(g.MeanScore))).ToList();
        return TypedResults.Ok(new DealersResponse(
            p.From, p.To, p.Preceding.From, p.Preceding.To, weightMap, report.TotalSales, Numbers.Finite(report.KeyDealerShare), dealers,
            byRegion is { } r ? (r ? "region" : "tier") : null, groups));
    }
}
