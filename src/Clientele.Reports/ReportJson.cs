using System.Text.Json;
using System.Text.Json.Serialization;
using Clientele.Reports.Model;

namespace Clientele.Reports;

/// <summary>The JSON form of <see cref="ReportData"/> the front-end modules read (camelCase, ISO dates, nulls kept).</summary>
public static class ReportJson
{
    /// <summary>
    /// The serializer options: camelCase names, and the default encoder, which escapes &lt;, &gt;, &amp; and quotes, so the
    /// text can sit inside an HTML &lt;script&gt; element without ending it.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The report data as one JSON object.</summary>
    /// <exception cref="ArgumentNullException">The data is null.</exception>
    public static string Serialize(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return JsonSerializer.Serialize(data, Options);
    }
}
