using System.Text.Json;
using Clientele.Allocation.Tiers;
using Clientele.Domain.Entities;

namespace Clientele.Allocation.Policies;

/// <summary>
/// Reads the policy file's JSON into an <see cref="AllocationPolicy"/>, reporting every structural problem (bad
/// JSON, wrong type, missing or unknown property, unknown enum text) with its JSON path. The semantic rules are
/// <see cref="PolicyValidator"/>'s.
/// </summary>
internal sealed class PolicyJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private readonly List<PolicyProblem> _problems = [];

    public static AllocationPolicy Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new PolicyValidationException([new PolicyProblem("$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})")]);
        }

        using (document)
        {
            var reader = new PolicyJsonReader();
            var policy = reader.ReadPolicy(document.RootElement);
            if (reader._problems.Count > 0) throw new PolicyValidationException(reader._problems);
            return policy;
        }
    }

    private AllocationPolicy ReadPolicy(JsonElement root)
    {
        if (!IsObject(root, "$")) return AllocationPolicy.Default;
        Known(root, "$", "periodMonths", "tierBasis", "hysteresis", "tiers", "options");
        var options = ReadArray(root, "$", "options", ReadOption);
        var tiers = ReadArray(root, "$", "tiers", ReadTier);
        return new AllocationPolicy(
            Number(root, "$", "periodMonths") ?? 3,
            Enum(root, "$", "tierBasis", TierCutBasis.CustomerShare),
            Number(root, "$", "hysteresis") ?? 0.10,
            tiers,
            options);
    }

    private TierPolicy ReadTier(JsonElement e, string path)
    {
        Known(e, path, "name", "share", "serviceLevel", "careProgram", "visitsPerMonth", "options", "minCost", "maxCost");
        var options = new List<string>();
        if (Property(e, "options") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array) Add($"{path}.options", "must be an array of option ids");
            else
            {
                var j = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) options.Add(item.GetString()!);
                    else Add($"{path}.options[{j}]", "must be an option id (a string)");
                    j++;
                }
            }
        }

        return new TierPolicy(
            Text(e, path, "name", required: true) ?? "",
            Number(e, path, "share"),
            Enum(e, path, "serviceLevel", ServiceLevel.Standard),
            Enum(e, path, "careProgram", CareProgram.None),
            Number(e, path, "visitsPerMonth") ?? 0,
            options,
            Number(e, path, "minCost") ?? 0,
            Number(e, path, "maxCost") ?? double.PositiveInfinity);
    }

    private PolicyOption ReadOption(JsonElement e, string path)
    {
        Known(e, path, "id", "kind", "category", "unitCost", "staffHours", "units", "effect", "response");
        var id = Text(e, path, "id", required: true) ?? "";
        var kind = Enum(e, path, "kind", OptionKind.Other);
        var category = Enum(e, path, "category", CostCategory.Other);
        var unitCost = Number(e, path, "unitCost", required: true) ?? 0;
        var hours = Number(e, path, "staffHours") ?? 0;
        var units = Number(e, path, "units") ?? 1;
        var effect = Property(e, "effect");
        var response = Property(e, "response");
        if (effect is not null && response is not null) Add(path, "give either an effect or a response curve, not both");
        if (response is { } r && IsObject(r, $"{path}.response"))
        {
            var p = $"{path}.response";
            Known(r, p, "maxRetention", "maxSpend", "alpha", "kappa");
            var curve = new OptionResponse(
                Number(r, p, "maxRetention") ?? 0, Number(r, p, "maxSpend") ?? 0, Number(r, p, "alpha") ?? 1, Number(r, p, "kappa", required: true) ?? 1);
            var valid = curve.Alpha > 0 && double.IsFinite(curve.Alpha) && curve.Kappa > 0 && double.IsFinite(curve.Kappa);
            return new PolicyOption(id, kind, category, unitCost, hours, units, valid ? curve.At(units) : OptionEffect.None, curve);
        }

        if (effect is { } f && IsObject(f, $"{path}.effect"))
        {
            Known(f, $"{path}.effect", "retention", "spend");
            return new PolicyOption(id, kind, category, unitCost, hours, units,
                new OptionEffect(Number(f, $"{path}.effect", "retention") ?? 0, Number(f, $"{path}.effect", "spend") ?? 0));
        }

        if (effect is null && response is null) Add(path, "needs an effect {retention, spend} or a response curve {maxRetention, maxSpend, alpha, kappa}");
        return new PolicyOption(id, kind, category, unitCost, hours, units, OptionEffect.None);
    }

    private List<T> ReadArray<T>(JsonElement e, string path, string name, Func<JsonElement, string, T> read)
    {
        var items = new List<T>();
        if (Property(e, name) is not { } array)
        {
            Add($"{path}.{name}", "is required");
            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Add($"{path}.{name}", "must be an array");
            return items;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            if (IsObject(item, itemPath)) items.Add(read(item, itemPath));
        }

        return items;
    }

    private double? Number(JsonElement e, string path, string name, bool required = false)
    {
        var value = Property(e, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            if (required) Add($"{path}.{name}", "is required");
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetDouble(out var d)) return d;
        Add($"{path}.{name}", $"must be a number, was {value.Value.GetRawText()}");
        return null;
    }

    private string? Text(JsonElement e, string path, string name, bool required = false)
    {
        var value = Property(e, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            if (required) Add($"{path}.{name}", "is required");
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.String) return value.Value.GetString();
        Add($"{path}.{name}", $"must be a string, was {value.Value.GetRawText()}");
        return null;
    }

    private T Enum<T>(JsonElement e, string path, string name, T fallback)
        where T : struct, Enum
    {
        var text = Text(e, path, name);
        if (text is null) return fallback;
        if (EnumText.TryParse<T>(text, out var value)) return value;
        Add($"{path}.{name}", $"unknown value '{text}' (expected one of {EnumText.Expected<T>()})");
        return fallback;
    }

    private bool IsObject(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object) return true;
        Add(path, $"must be an object, was {e.ValueKind.ToString().ToLowerInvariant()}");
        return false;
    }

    private void Known(JsonElement e, string path, params string[] names)
    {
        foreach (var property in e.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                Add($"{path}.{property.Name}", $"unknown property (expected one of {string.Join(", ", names)})");
            }
        }
    }

    private static JsonElement? Property(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value : null;

    private void Add(string path, string message) => _problems.Add(new PolicyProblem(path, message));
}
