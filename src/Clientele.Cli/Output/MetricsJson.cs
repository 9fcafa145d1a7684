using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Analytics.Metrics;

namespace Clientele.Cli.Output;

/// <summary>Rows of measures as JSON objects: camelCase names, a null value with its reason under "reasons".</summary>
internal sealed class MetricsJson
{
    private readonly JsonObject reasons = [];

    public MetricsJson(string group, MetricPeriod period)
    {
        Row = new JsonObject
        {
            ["group"] = group,
            ["from"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public JsonObject Row { get; }

    public MetricsJson Add(string name, double value)
    {
        Row[name] = JsonOutput.Number(Math.Round(value, 6));
        return this;
    }

    public MetricsJson Add(string name, Measure measure)
    {
        Row[name] = measure.Value is { } v ? JsonOutput.Number(Math.Round(v, 6)) : null;
        if (measure.Reason is { } reason) reasons[name] = reason;
        return this;
    }

    public MetricsJson Add(string name, IReadOnlyDictionary<string, double> values)
    {
        var node = new JsonObject();
        foreach (var (key, value) in values) node[key] = JsonOutput.Number(Math.Round(value, 6));
        Row[name] = node;
        return this;
    }

    public MetricsJson Add(string name, IReadOnlyDictionary<string, Measure> values)
    {
        var node = new JsonObject();
        foreach (var (key, value) in values)
        {
            node[key] = value.Value is { } v ? JsonOutput.Number(Math.Round(v, 6)) : null;
            if (value.Reason is { } reason) reasons[$"{name}.{key}"] = reason;
        }

        Row[name] = node;
        return this;
    }

    public MetricsJson Add(string name, JsonNode? node)
    {
        Row[name] = node;
        return this;
    }

    /// <summary>The row with its reasons last.</summary>
    public JsonObject Build()
    {
        Row["reasons"] = reasons;
        return Row;
    }

    /// <summary>The whole answer: period, dimension, the total row and the group rows.</summary>
    public static JsonObject Document(string store, MetricPeriod period, Dimension? by, JsonObject all, IEnumerable<JsonObject> groups)
    {
        var node = new JsonObject
        {
            ["store"] = store,
            ["from"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["by"] = by is { } d ? DimensionText.ToText(d) : null,
            ["all"] = all,
        };
        if (by is not null) node["groups"] = new JsonArray([.. groups]);
        return node;
    }
}
