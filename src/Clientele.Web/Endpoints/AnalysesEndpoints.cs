using System.Globalization;
using Clientele.Analytics.Models;
using Clientele.Analytics.Scoring;
using Clientele.Domain;
using Clientele.Storage.Database;
using Clientele.Web.Contracts;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Clientele.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary><c>/api/analyses</c>: the saved analysis runs (viewer) and running a new one (analyst).</summary>
public sealed class AnalysesEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/analyses").WithTags("Analyses");
        group.MapGet("/", async (StorePool pool, CancellationToken cancellationToken) =>
            TypedResults.Ok((await pool.RunAsync(store => store.ListAnalysisRuns(), cancellationToken).ConfigureAwait(false)).Select(ToResponse).ToList()))
            .RequireRole(UserRole.Viewer).WithSummary("Every saved analysis run, oldest first.");
        group.MapPost("/", RunAsync).RequireRole(UserRole.Analyst)
            .WithSummary("Analyze every stored customer (RFM, P(alive), CLV) and save the snapshot; answers when it is saved.");
    }

    /// <summary>The wire form of a run.</summary>
    public static AnalysisRunResponse ToResponse(AnalysisRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new AnalysisRunResponse(run.RunId, run.AsOf, run.CreatedAt, run.Unit.ToString().ToLowerInvariant(), run.Customers);
    }

    private static async Task<Results<Created<AnalysisRunResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(AnalyzeRequest? request, AnalysisService analyses, SnapshotCache cache)
    {
        request ??= new AnalyzeRequest(null, null, null, null, null, null, null);
        DateOnly? asOf = null;
        if (request.AsOf is not null)
        {
            if (!DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return Problems.Field("asOf", $"'{request.AsOf}' is not a date yyyy-MM-dd.");
            asOf = day;
        }

        TimeUnit unit;
        try
        {
            unit = TimeUnitExtensions.Parse(request.Unit ?? "week");
        }
        catch (FormatException e)
        {
            return Problems.Field("unit", e.Message);
        }

        if (AnalysisService.Model(request.Model ?? "bgnbd") is not { } model) return Problems.Field("model", $"'{request.Model}' is not bgnbd or pnbd.");
        string segmentsName = request.Segments ?? "default";
        if (AnalysisService.Segmentation(segmentsName) is not { } segmentation) return Problems.Field("segments", $"'{segmentsName}' is not default, cn8 or cn8-en.");
        var options = new ScoringOptions(request.HorizonMonths ?? 12, request.MonthlyDiscountRate ?? 0.01, request.MarginRate ?? 1.0, model, null, segmentation);
        try
        {
            options.Validate();
            var run = await Task.Run(() => analyses.Run(new AnalysisService.Settings(asOf, unit, options, request.MarginRate, segmentsName))).ConfigureAwait(false);
            cache.RunSaved();
            return TypedResults.Created($"/api/analyses/{run.RunId}", ToResponse(run));
        }
        catch (ArgumentException e)
        {
            return Problems.From(e);
        }
        catch (ModelFitException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The model could not be fitted", detail: e.Message);
        }
    }
}
