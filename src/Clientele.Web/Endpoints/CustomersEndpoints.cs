using Clientele.Analytics.ChurnRisk;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/customers</c> (viewer): a paged, searchable, filterable listing with each customer's results in the
/// latest analysis run, and the customer 360 at <c>/api/customers/{id}</c>.
/// </summary>
public sealed class CustomersEndpoints : IEndpointModule
{
    private const int HistoryRows = 100;

    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers").WithTags("Customers").RequireRole(UserRole.Viewer);
        group.MapGet("/", ListAsync).WithSummary("Customers, paged: search by id or name prefix, filter by segment, tier, dealer and region.");
        group.MapGet("/{id}", GetAsync).WithSummary("The customer 360: profile, latest analysis (RFM, P(alive), CLV, tier), history, interactions, surveys, churn risk and its reasons.");
    }

    private static async Task<Results<Ok<CustomerPageResponse>, ValidationProblem>> ListAsync(
        StorePool pool, SnapshotCache cache, CancellationToken cancellationToken,
        int? page, int? pageSize, string? search, string? segment, string? tier, string? dealer, string? region, string? sort)
    {
        ValueTier? valueTier = null;
        if (tier is not null)
        {
            if (!Enum.TryParse<ValueTier>(tier, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return Problems.Field("tier", $"'{tier}' is not gold, silver or standard.");
            valueTier = parsed;
        }

        var order = sort?.ToLowerInvariant() switch
        {
            null or "" or "id" => CustomerOrder.Stored,
            "clv" => CustomerOrder.ClvDescending,
            "name" => CustomerOrder.Name,
            _ => (CustomerOrder?)null,
        };
        if (order is null) return Problems.Field("sort", $"'{sort}' is not id, clv or name.");
        var query = new CustomerQuery(page ?? 1, pageSize ?? 50, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), segment, valueTier, dealer, region, order.Value);
        try
        {
            query.Validate();
        }
        catch (ArgumentException e)
        {
            return Problems.From(e);
        }

        var latest = await cache.LatestAsync(cancellationToken).ConfigureAwait(false);
        var result = await pool.RunAsync(store => store.QueryCustomers(query, latest?.Run.RunId, latest?.Tiers), cancellationToken).ConfigureAwait(false);
        var items = result.Items.Select(c => new CustomerSummaryResponse(
            c.Id, c.Name, c.Region, c.DealerId, c.Segment, Tier(c.Tier), c.Revenue, Numbers.Finite(c.ProbabilityAlive), Numbers.Finite(c.Clv))).ToList();
        return TypedResults.Ok(new CustomerPageResponse(items, query.Page, query.PageSize, result.Total, result.RunId));
    }

    private static async Task<Results<Ok<Customer360Response>, ProblemHttpResult>> GetAsync(
        string id, StorePool pool, SnapshotCache cache, CancellationToken cancellationToken)
    {
        var latest = await cache.LatestAsync(cancellationToken).ConfigureAwait(false);
        var view = await pool.RunAsync(store =>
        {
            if (store.ReadCustomer(id) is not { } customer) return null;
            var result = latest is null ? null : store.ReadCustomerResult(latest.Run.RunId, id);
            var totals = store.CustomerTransactionTotals(id);
            return new Customer360Response(
                Profile(customer),
                result is { } r ? Analysis(latest!, r) : null,
                new TransactionHistoryResponse(totals.Count, totals.Total, totals.First, totals.Last,
                    store.ReadCustomerTransactions(id, HistoryRows).Select(t => new TransactionResponse(t.Id, t.Date, t.Amount, t.Margin, t.Quantity, t.Product, t.Category, t.DealerId, t.Channel)).ToList()),
                store.ReadCustomerInteractions(id, HistoryRows).Select(i => new InteractionResponse(i.Id, i.Date, EnumText.ToText(i.Kind), i.Cost, i.Hours, i.StaffId, i.Outcome, i.ResolvedOn)).ToList(),
                store.ReadCustomerSurveys(id, HistoryRows).Select(s => new SurveyResponseItem(
                    s.Id, s.Date, s.Nps, s.Satisfaction, s.SatisfactionScale, s.Dimensions ?? new Dictionary<string, decimal>(), s.Comment)).ToList(),
                ChurnRisk(store.ReadCustomerChurnRiskInput(id)));
        }, cancellationToken).ConfigureAwait(false);
        return view is null ? Problems.NotFound($"There is no customer with id '{id}'.") : TypedResults.Ok(view);
    }

    // The reasons come from ChurnRiskList.Reasons with the default rules, as on the churn-risk list: one wording.
    private static CustomerChurnRiskResponse ChurnRisk(ChurnRiskInput? input)
    {
        if (input is null) return new(null, null, null, null, null, null, [], "The store holds no analysis snapshot; run an analysis first.");
        var (current, previous) = (input.Current, input.Previous);
        if (input.Customers is not [var facts])
        {
            return new(current.AsOf, current.RunId, previous?.AsOf, null, null, null, [],
                $"The analysis snapshot of {current.AsOf:yyyy-MM-dd} ({current.RunId}) does not hold this customer; analyze again to include it.");
        }

        var reasons = ChurnRiskList.Reasons(facts, current.AsOf, previous?.AsOf, ChurnRiskRules.Default)
            .Select(r => new ChurnReasonResponse(ChurnRiskEndpoints.ReasonKind(r.Kind), r.Text)).ToList();
        return new(current.AsOf, current.RunId, previous?.AsOf, Numbers.Finite(ChurnRiskList.ValueAtRisk(facts.Clv, facts.ProbabilityAlive)),
            Numbers.Finite(facts.ProbabilityAlive), Numbers.Finite(facts.PreviousProbabilityAlive), reasons, null);
    }

    private static CustomerProfileResponse Profile(Customer c) => new(
        c.Id, c.Name, c.Industry, c.Size is { } size ? EnumText.ToText(size) : null, c.Region, c.Country, c.AcquisitionChannel, c.DealerId,
        c.AccountManagerId, c.AcquiredOn, c.Attributes ?? new Dictionary<string, string>());

    private static CustomerAnalysisResponse Analysis(RunFacts run, AnalysisResult r) => new(
        run.Run.RunId, run.Run.AsOf, run.Run.Unit.ToString().ToLowerInvariant(), r.Frequency, Numbers.Finite(r.Recency), Numbers.Finite(r.Age),
        Numbers.Finite(r.MonetaryValue), r.Revenue,
        new RfmResponse(r.RecencyScore, r.FrequencyScore, r.MonetaryScore, Numbers.Finite(r.RfmComposite), r.Segment),
        Numbers.Finite(r.ProbabilityAlive), Numbers.Finite(r.ExpectedPurchases), Numbers.Finite(r.ExpectedSpend), Numbers.Finite(r.Clv),
        Tier(run.Tiers?.TierOf(r.Clv)));

    private static string? Tier(ValueTier? tier) => tier?.ToString().ToLowerInvariant();
}
