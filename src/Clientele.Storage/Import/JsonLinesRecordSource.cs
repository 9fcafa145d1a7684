using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Clientele.Storage.Files;

namespace Clientele.Storage.Import;

/// <summary>
/// Streams a JSON lines file: one object per line, its property names are the columns (the same names as in
/// CSV, <c>--map</c> applies); strings, numbers (as written), booleans and null are accepted as values.
/// </summary>
internal sealed class JsonLinesRecordSource : IRecordSource
{
    private readonly StreamReader reader;
    private readonly ColumnBinding binding;
    private readonly EntitySchema schema;
    private readonly HashSet<string> ignored = new(StringComparer.OrdinalIgnoreCase);
    private long line;
    private string? pending;

    public JsonLinesRecordSource(string file, EntitySchema schema, IReadOnlyDictionary<string, string> map)
    {
        this.schema = schema;

        // Fields are checked per row (a JSON line may omit a property), so only the names are bound here.
        binding = ColumnBinding.Bind(file, schema.Fields.Select(f => map.TryGetValue(f, out var c) ? c : f).ToList(), schema, map, checkRequired: false);
        reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

        // Whether ids are given or derived is decided by the first row, so a file is read one way throughout.
        string idColumn = map.TryGetValue("id", out var mapped) ? mapped : "id";
        while (reader.ReadLine() is { } first)
        {
            line++;
            if (string.IsNullOrWhiteSpace(first)) continue;
            pending = first;
            try
            {
                using var document = JsonDocument.Parse(first);
                HasIdColumn = document.RootElement.ValueKind == JsonValueKind.Object &&
                    document.RootElement.EnumerateObject().Any(p => p.Name.Equals(idColumn, StringComparison.OrdinalIgnoreCase));
            }
            catch (JsonException)
            {
                HasIdColumn = true;
            }

            break;
        }
    }

    public bool HasIdColumn { get; }

    public IReadOnlyList<string> IgnoredColumns => [.. ignored];

    public bool Next(SourceRecord record)
    {
        while ((pending ?? reader.ReadLine()) is { } text)
        {
            if (pending is not null) pending = null;
            else line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            record.Clear();
            record.Line = line;
            var bytes = Encoding.UTF8.GetBytes(text);
            record.Raw = bytes;
            if (text.Contains('\uFFFD')) record.Error = "the row is not valid UTF-8 text";
            else if (text.Contains('\0')) record.Error = "the row contains a NUL byte";
            else Parse(bytes, record);
            return true;
        }

        return false;
    }

    public void Dispose() => reader.Dispose();

    private void Parse(byte[] bytes, SourceRecord record)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 4 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                record.Error = $"the line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object";
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                string? value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Null => null,
                    _ => Fail(record, property.Name, $"the value is a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string or number"),
                };
                if (record.Error is not null) return;
                if (value is { Length: > DelimitedRecordSource.MaxFieldBytes })
                {
                    Fail(record, property.Name, $"the field is {value.Length:N0} characters long; at most {DelimitedRecordSource.MaxFieldBytes:N0} are kept");
                    return;
                }

                if (binding.ByName.TryGetValue(property.Name, out int slot)) record.Values[slot] = value;
                else if (schema.ExtraPrefix is { } prefix && property.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && property.Name.Length > prefix.Length)
                {
                    if (value is { Length: > 0 }) record.Extras.Add((property.Name[prefix.Length..], value));
                }
                else if (ignored.Count < 1000)
                {
                    ignored.Add(property.Name);
                }
            }
        }
        catch (JsonException e)
        {
            record.Error = $"the line is not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}";
        }
    }

    private static string? Fail(SourceRecord record, string field, string reason)
    {
        record.ErrorField = field;
        record.Error = reason;
        return null;
    }
}
