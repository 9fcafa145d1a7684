using System.Security.Claims;
using System.Text.Json.Nodes;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/plans</c>: the allocation plans of <c>clientele allocate --db</c>, <c>plans</c> and <c>evaluate</c> — list
/// and compare (viewer), make one and evaluate one against what happened (analyst). Answers are the CLI's JSON
/// (<see cref="PlanJson"/>), so a script reads the same fields from either.
/// </summary>
public sealed class PlansEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/plans").WithTags("Plans");
        group.MapGet("/", async (StorePool pool, CancellationToken cancellationToken) =>
        {
            var plans = await pool.RunAsync(store => store.ListPlans(), cancellationToken).ConfigureAwait(false);
            return Json(new JsonArray([.. plans.Select(p => (JsonNode)PlanJson.Header(p))]));
        }).RequireRole(UserRole.Viewer).WithSummary("The stored plans, oldest first: id, period, status, customers.");
        group.MapGet("/compare", CompareAsync).RequireRole(UserRole.Viewer).WithSummary("Compare plan a with plan b: figures per tier and option, and the customers whose tier or option moved.");
        group.MapPost("/", CreateAsync).RequireRole(UserRole.Analyst).WithSummary("Make and store a plan from the latest analysis snapshot: budget and staff hours for the period, default policy.");
        group.MapPost("/{id}/evaluate", EvaluateAsync).RequireRole(UserRole.Analyst).WithSummary("Evaluate a plan against what happened (plan vs actual spend and gain, recalibrated effects, flags); asOf optional.");
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> CompareAsync(
        StorePool pool, CancellationToken cancellationToken, string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a)) return Problems.Field("a", "Name the first plan to compare (its id).");
        if (string.IsNullOrWhiteSpace(b)) return Problems.Field("b", "Name the second plan to compare (its id).");
        var comparison = await pool.RunAsync(store =>
        {
            if (store.ReadPlan(a) is not { } planA || store.ReadPlan(b) is not { } planB) return null;
            return PlanComparison.Of(planA, store.ReadPlanItems(a), planB, store.ReadPlanItems(b));
        }, cancellationToken).ConfigureAwait(false);
        return comparison is null ? Problems.NotFound($"There is no plan '{a}' or no plan '{b}'.") : Json(PlanJson.Comparison(comparison));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> CreateAsync(
        PlanCreateRequest request, ClaimsPrincipal user, StorePool pool, CancellationToken cancellationToken)
    {
        if (request.Budget is not { } budget || !double.IsFinite(budget) || budget < 0) return Problems.Field("budget", "The budget must be a number ≥ 0.");
        double hours = request.StaffHours ?? double.PositiveInfinity;
        if (double.IsNaN(hours) || hours < 0) return Problems.Field("staffHours", "The staff hours must be a number ≥ 0 (or left out for no limit).");
        var plan = new PlanRequest(budget, hours, Status: request.Draft == true ? PlanStatus.Draft : PlanStatus.Active, CreatedBy: user.Identity?.Name ?? "web");

        // Allocating reads the whole snapshot and solves: a store of its own, so the shared ones stay free for reads.
        var answer = await Task.Run<(PlanOutcome? Outcome, string? Error, string? Field)>(() =>
        {
            using var store = pool.OpenDedicated();
            try
            {
                return (PlanService.Allocate(store, plan), null, null);
            }
            catch (PlanningException e)
            {
                return (null, e.Message, null);
            }
            catch (ArgumentException e)
            {
                return (null, e.Message.Split(" (Parameter", 2)[0], e.ParamName);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (answer.Outcome is { } outcome) return Json(PlanJson.Plan(outcome.Plan, outcome.Inputs, outcome.Summary), StatusCodes.Status201Created);
        if (answer.Field is not null) return Problems.Field(answer.Field is "budget" or "staffHours" ? answer.Field : "request", answer.Error!);
        return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No plan", detail: answer.Error);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> EvaluateAsync(
        string id, StorePool pool, CancellationToken cancellationToken, string? asOf)
    {
        if (!QueryValues.TryDay("asOf", asOf, out var day, out var problem)) return problem!;
        var answer = await Task.Run<(PlanEvaluation? Evaluation, string? Error, bool Missing)>(() =>
        {
            using var store = pool.OpenDedicated();
            if (store.ReadPlan(id) is null) return (null, null, true);
            try
            {
                return (PlanEvaluator.Evaluate(store, id, day), null, false);
            }
            catch (PlanningException e)
            {
                return (null, e.Message, false);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (answer.Missing) return Problems.NotFound($"There is no plan '{id}'.");
        return answer.Evaluation is { } evaluation
            ? Json(PlanJson.Evaluation(evaluation))
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No evaluation", detail: answer.Error);
    }

    private static ContentHttpResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(node.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
}
