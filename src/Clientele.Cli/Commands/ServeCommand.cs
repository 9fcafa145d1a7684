using System.CommandLine;
using Clientele.Storage.Database;
using Clientele.Web;
using Microsoft.AspNetCore.Hosting;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele serve</c>: runs the web server (REST API, OpenAPI document, static files) over the store until
/// Ctrl+C. The same app as the Clientele.Web executable, hosted in this process.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Run the web server: the REST API under /api, /health and the OpenAPI document at /openapi/v1.json.\n" +
            "Create a user first (clientele user add NAME --role admin) or an API key (clientele apikey create --role viewer --name NAME).\n" +
            "Example: clientele serve --db ./clientele.db --urls http://127.0.0.1:5080");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.SetAction(parse =>
        {
            var location = CommonOptions.ParseDb(parse.GetValue(db));

            // Fail now, in one line, if the store is missing or newer than this binary, not on the first request.
            using (var store = ClienteleStore.Open(location, createIfMissing: false))
            {
                context.Console.WriteLine($"Serving {location.DisplayName} (schema version {store.SchemaVersion}) on {parse.GetValue(urls)}; Ctrl+C stops.");
            }

            var app = ClienteleWebApplication.Create(
                [],
                builder =>
                {
                    builder.WebHost.UseUrls(parse.GetValue(urls)!);
                    builder.Configuration[$"{ClienteleWebOptions.Section}:{nameof(ClienteleWebOptions.Db)}"] = location.ConnectionString;
                },
                contentRoot: AppContext.BaseDirectory);
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
