using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Clientele.Web.Data;
using Clientele.Web.Endpoints;
using Clientele.Web.Http;
using Clientele.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Clientele.Web;

/// <summary>
/// Builds the web server: the REST API under <c>/api</c>, <c>/health</c>, the OpenAPI document at
/// <c>/openapi/v1.json</c> and static files from wwwroot, over one store. <c>Program</c> and <c>clientele serve</c>
/// both host the app this returns.
/// </summary>
public static class ClienteleWebApplication
{
    /// <summary>The rate-limiter policy of the log-in endpoint.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>The name of the log-in cookie.</summary>
    public const string AuthCookie = "clientele.auth";

    /// <summary>The scheme that picks the API key when the header is present, else the cookie.</summary>
    private const string SelectingScheme = "Clientele";

    /// <summary>Builds the app from command-line <paramref name="args"/> (ASP.NET Core's: <c>--urls</c>, <c>--Clientele:Db=…</c>, …).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="configure">Changes to the builder before the services are added (the CLI sets the store and URLs here).</param>
    /// <param name="contentRoot">The directory holding wwwroot; null = the current directory (or what the test host sets).</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        configure?.Invoke(builder);

        // Two log lines per request (ASP.NET Core's request start/finish at Information) cost more than serving a
        // cached answer; keep framework logs to warnings unless the configuration asks for more.
        builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] ??= "Warning";
        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClienteleWebOptions>(configuration.GetSection(ClienteleWebOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StorePool>();
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<AnalysisService>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Clientele API";
            document.Info.Description = "Customer value, segments, analyses, imports and exports. Authenticate with the X-Api-Key header, or log in (POST /api/auth/login) for a cookie.";
            return Task.CompletedTask;
        }));

        services.AddAuthentication(SelectingScheme)
            .AddPolicyScheme(SelectingScheme, "API key or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeys.Header) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = AuthCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;

                // An API answers with status codes, not redirects to a log-in page.
                o.Events.OnRedirectToLogin = context => StatusOnly(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => StatusOnly(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = CookieSessions.ValidateAsync;
            });
        services.AddAuthorization(RolePolicies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgeryMiddleware.Header;
            o.Cookie.Name = "clientele.xsrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context =>
            {
                int permits = context.RequestServices.GetRequiredService<IOptions<ClienteleWebOptions>>().Value.LoginPermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many log-in attempts",
                    detail: "Too many log-in attempts from this address; wait a minute and try again.")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new Dashboard.FrontendFileProvider(), RequestPath = Dashboard.FrontendFileProvider.RequestPath });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();

        // Public, and why: the OpenAPI document describes the API and holds no data; clients read it before they
        // have credentials. /health and the log-in endpoint are public in their modules.
        app.MapOpenApi().AllowAnonymous();
        EndpointModules.MapAll(app);
    }

    private static Task StatusOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
