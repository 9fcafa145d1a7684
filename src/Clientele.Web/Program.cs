using Clientele.Web;

// The server as its own executable (dotnet run --project src/Clientele.Web); `clientele serve` hosts the same app.
var app = ClienteleWebApplication.Create(args);
app.Run();

/// <summary>The web server's entry point; public so functional tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
