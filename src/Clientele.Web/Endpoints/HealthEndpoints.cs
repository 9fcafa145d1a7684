using Clientele.Web.Data;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>GET /health</c>: 200 "healthy" when the store answers, 503 otherwise. Public, because load balancers and
/// orchestrators probe it without credentials; it says nothing about the data.
/// </summary>
public sealed class HealthEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async Task<IResult> (StorePool pool, CancellationToken cancellationToken) =>
        {
            try
            {
                await pool.RunAsync(store => store.SchemaVersion, cancellationToken).ConfigureAwait(false);
                return TypedResults.Text("healthy");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or Storage.Database.StoreNotFoundException)
            {
                return TypedResults.Text("unhealthy: the store does not answer", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().WithTags("Health").WithSummary("Liveness and store reachability (no authentication).");
    }
}
