using System.Text;
using Clientele.Storage.Database;
using Clientele.Web.Data;
using Clientele.Web.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Clientele.Web.Endpoints;

/// <summary><c>GET /api/exports/{entity}</c> (viewer): the entity as CSV in the import format, streamed row by row.</summary>
public sealed class ExportsEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/exports/{entity}", (string entity, StorePool pool, HttpContext context) =>
        {
            if (!EntityNames.All.TryGetValue(entity, out var what)) return (IResult)Problems.Field("entity", $"'{entity}' is not one of {EntityNames.List}.");
            return Results.Stream(async body =>
            {
                // The store writes through a synchronous TextWriter; the export is the one place that may block a
                // thread on the response, so synchronous writes are allowed for this request only (buffered 64 KiB).
                if (context.Features.Get<IHttpBodyControlFeature>() is { } control) control.AllowSynchronousIO = true;
                await pool.RunAsync(store =>
                {
                    using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    store.ExportCsv(what, writer);
                    return 0;
                }, context.RequestAborted).ConfigureAwait(false);
            }, "text/csv; charset=utf-8", $"{what.JsonName()}.csv");
        }).RequireRole(UserRole.Viewer).WithTags("Exports").Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .WithSummary("An entity's rows as CSV with the import's column names (imports back unchanged).");
    }
}
