using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clientele.Analytics.Models;

namespace Clientele.Cli.Output;

/// <summary>JSON output for machines: camelCase names, NaN and infinities as null, readable indentation.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>A number, or null when it is NaN or infinite (JSON has no such numbers).</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>Parameters, standard errors, log-likelihood and diagnostics of a fitted model.</summary>
    public static JsonObject Model(IReadOnlyList<ParameterEstimate> parameters, double logLikelihood, FitDiagnostics? diagnostics)
    {
        var node = new JsonObject();
        foreach (var p in parameters) node[p.Name] = Number(p.Value);
        node["logLikelihood"] = Number(logLikelihood);
        var errors = new JsonObject();
        foreach (var p in parameters) errors[p.Name] = Number(p.StandardError);
        node["standardErrors"] = errors;
        if (diagnostics is not null)
        {
            node["iterations"] = diagnostics.Iterations;
            node["functionEvaluations"] = diagnostics.FunctionEvaluations;
            node["exitReason"] = diagnostics.ExitReason.ToString();
            node["gradientNorm"] = Number(diagnostics.GradientNorm);
            node["distinctRows"] = diagnostics.DistinctRows;
            node["conditionNumber"] = Number(diagnostics.HessianConditionNumber);
        }

        return node;
    }

    public static JsonArray Array(ReadOnlySpan<double> values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add(Number(v));
        return array;
    }
}
