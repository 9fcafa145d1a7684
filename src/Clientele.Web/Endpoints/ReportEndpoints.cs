using Clientele.Reports;
using Clientele.Storage.Database;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/report</c> (viewer): what <c>clientele report</c> shows, built by the same <see cref="ReportDataBuilder"/>:
/// <c>GET /api/report/data</c> as JSON (the dashboard's overview, segments, economics, relationship and plan pages
/// draw it with the report's chart modules) and <c>GET /api/report</c> as the self-contained HTML file.
/// </summary>
public sealed class ReportEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/report").WithTags("Report").RequireRole(UserRole.Viewer);
        group.MapGet("/data", DataAsync).WithSummary("The report's data (overview, segments, dealers, churn risk, latest plan, …) as JSON; lang, currency, from, to.");
        group.MapGet("/", HtmlAsync).WithSummary("The offline HTML report as a download (one self-contained file); lang, currency, from, to.");
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> DataAsync(
        StorePool pool, TimeProvider clock, CancellationToken cancellationToken, string? lang, string? currency, string? from, string? to)
    {
        if (Options(lang, currency, from, to, out var problem) is not { } options) return problem!;
        if (await BuildAsync(pool, options, clock, cancellationToken).ConfigureAwait(false) is not { } data) return PeriodProblem();
        return TypedResults.Content(ReportJson.Serialize(data), "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> HtmlAsync(
        StorePool pool, TimeProvider clock, CancellationToken cancellationToken, string? lang, string? currency, string? from, string? to)
    {
        if (Options(lang, currency, from, to, out var problem) is not { } options) return problem!;
        if (await BuildAsync(pool, options, clock, cancellationToken).ConfigureAwait(false) is not { } data) return PeriodProblem();
        var bytes = System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(data));
        return TypedResults.File(bytes, "text/html; charset=utf-8", $"clientele-report-{data.Language}.html");
    }

    // The builder refuses a period that starts after the store's last transaction (the one check it cannot make
    // before reading the store); that is the caller's from, so it is a 400 naming it.
    private static Task<Clientele.Reports.Model.ReportData?> BuildAsync(StorePool pool, ReportOptions options, TimeProvider clock, CancellationToken cancellationToken) =>
        pool.RunAsync(store =>
        {
            try
            {
                return ReportDataBuilder.Build(store, options, clock.GetUtcNow());
            }
            catch (ArgumentException)
            {
                return null;
            }
        }, cancellationToken);

    private static ValidationProblem PeriodProblem() => Problems.Field("from", "The period starts after the last transaction in the store; give an earlier from or a to.");

    private static ReportOptions? Options(string? lang, string? currency, string? from, string? to, out ValidationProblem? problem)
    {
        string language = ReportLanguage.English;
        if (!string.IsNullOrWhiteSpace(lang))
        {
            try
            {
                language = ReportLanguage.Parse(lang);
            }
            catch (ArgumentException e)
            {
                problem = Problems.Field("lang", e.Message.Replace(" (Parameter 'text')", "", StringComparison.Ordinal));
                return null;
            }
        }

        if (!QueryValues.TryDay("from", from, out var first, out problem) || !QueryValues.TryDay("to", to, out var last, out problem)) return null;
        try
        {
            return new ReportOptions(language, string.IsNullOrWhiteSpace(currency) ? "CNY" : currency, first, last).Validated();
        }
        catch (ArgumentException e)
        {
            problem = Problems.Field(e.ParamName == "Currency" ? "currency" : "from", e.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }
}
