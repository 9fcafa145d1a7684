using System.Text.Json.Nodes;

namespace Clientele.Cli.Tests;

/// <summary>Runs <c>fit --json</c> on the CDNOW sample once for all the tests that read its output.</summary>
public sealed class FitCdnowFixture
{
    public static readonly string[] Arguments =
    [
        "fit", "-t", SharedData.Cdnow("CDNOW_sample.txt"),
        "--customer-col", "2", "--date-col", "3", "--amount-col", "5", "--date-format", "yyyyMMdd", "--header", "no",
        "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30", "--unit", "week",
    ];

    public FitCdnowFixture()
    {
        (Code, Out, Error) = Cli.Run([.. Arguments, "--json"]);
        Json = Code == 0 ? JsonNode.Parse(Out)!.AsObject() : new JsonObject();
    }

    public int Code { get; }

    public string Out { get; }

    public string Error { get; }

    public JsonObject Json { get; }
}
