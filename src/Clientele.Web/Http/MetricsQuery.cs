using System.Text.Json;
using System.Text.Json.Serialization;
using Clientele.Analytics.Metrics;
using Clientele.Storage.Database;
using Clientele.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clientele.Web.Http;

/// <summary>
/// What <c>/api/kpi</c> and <c>/api/economics</c> share with <c>clientele kpi</c> / <c>economics</c>: the period
/// (default the 12 months to the last transaction), the optional slicing dimension, the store read, and the JSON form
/// of the measures (a measure is <c>{ value, reason }</c>; a period is <c>{ from, to, days }</c>).
/// </summary>
public static class MetricsQuery
{
    /// <summary>The JSON options of the measures: camelCase, enums as lower-case strings, periods as from/to/days.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PeriodConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The metrics of one request: the period, the dimension and the data read for the period.</summary>
    /// <param name="Period">The period measured.</param>
    /// <param name="By">The slicing dimension, or null.</param>
    /// <param name="Data">The store's data for the period.</param>
    public sealed record Request(MetricPeriod Period, Dimension? By, MetricsData Data);

    /// <summary>
    /// Parses from, to and by, reads the store and returns the request, or a 400 naming the bad field, or a 404 when the
    /// store has no transaction to take a default period from.
    /// </summary>
    public static async Task<(Request? Request, IResult? Problem)> ReadAsync(StorePool pool, string? from, string? to, string? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (!QueryValues.TryDay("from", from, out var first, out var problem)) return (null, problem);
        if (!QueryValues.TryDay("to", to, out var last, out problem)) return (null, problem);
        Dimension? dimension = null;
        if (!string.IsNullOrWhiteSpace(by))
        {
            if (!DimensionText.TryParse(by, out var d)) return (null, Problems.Field("by", $"'{by}' is not a dimension; use one of {string.Join(", ", DimensionText.Names)}."));
            dimension = d;
        }

        var answer = await pool.RunAsync<(Request?, IResult?)>(store =>
        {
            var end = last ?? store.LastTransactionDate();
            if (end is not { } e) return (null, Problems.NotFound("The store holds no transactions, so there is no default period; give to (and from) or import transactions."));
            var start = first ?? e.AddMonths(-12).AddDays(1);
            if (start > e) return (null, Problems.Field("from", $"{start:yyyy-MM-dd} is after the period's end {e:yyyy-MM-dd}."));
            var period = new MetricPeriod(start, e);
            var data = store.ReadMetricsData(period);
            if (dimension is Dimension.Segment or Dimension.Tier && data.Customers.Clv.All(double.IsNaN))
            {
                return (null, Problems.Field("by", $"Slicing by {DimensionText.ToText(dimension.Value)} needs an analysis snapshot; run an analysis first."));
            }

            return (new Request(period, dimension, data), null);
        }, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    /// <summary>The answer as JSON with <see cref="Json"/>.</summary>
    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Json);

    private sealed class PeriodConverter : JsonConverter<MetricPeriod>
    {
        public override MetricPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Periods are written, not read.");

        public override void Write(Utf8JsonWriter writer, MetricPeriod value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("from", value.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("to", value.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteNumber("days", value.Days);
            writer.WriteEndObject();
        }
    }
}
