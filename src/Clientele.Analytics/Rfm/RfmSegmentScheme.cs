using System.Text.Json;

namespace Clientele.Analytics.Rfm;

/// <summary>
/// Named segments as an ordered list of score boxes: a customer gets the first rule it matches, or
/// <see cref="Fallback"/> when none does. All 125 (R, F, M) cells are resolved once at construction.
/// </summary>
public sealed class RfmSegmentScheme : IRfmSegmentation
{
    private readonly int[] _segmentOfCell = new int[125];

    /// <summary>Creates a scheme from rules in priority order.</summary>
    /// <exception cref="ArgumentException">There are no rules, or the fallback name is blank.</exception>
    public RfmSegmentScheme(IReadOnlyList<RfmSegmentRule> rules, string fallback = "Other")
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
        {
            throw new ArgumentException("A segment scheme needs at least one rule.", nameof(rules));
        }

        if (string.IsNullOrWhiteSpace(fallback))
        {
            throw new ArgumentException("The fallback segment needs a name.", nameof(fallback));
        }

        Rules = rules.ToArray();
        Fallback = fallback;
        var names = new List<string>();
        foreach (var rule in Rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!names.Contains(rule.Name)) names.Add(rule.Name);
        }

        if (!names.Contains(fallback)) names.Add(fallback);
        SegmentNames = names;
        for (int r = 1; r <= 5; r++)
        for (int f = 1; f <= 5; f++)
        for (int m = 1; m <= 5; m++)
        {
            var rule = Rules.FirstOrDefault(x => x.Matches(r, f, m));
            _segmentOfCell[Cell(r, f, m)] = names.IndexOf(rule?.Name ?? fallback);
        }
    }

    /// <summary>
    /// The default eleven segments, drawn (like the widely used RFM segment map) on R against the
    /// average FM = (F + M)/2, read in bands FM ≤ 1, 1.5–2, 2.5–3, 3.5–4, 4.5–5; in priority order:
    /// Champions R 5, FM ≥ 3.5; Loyal R 3–4, FM ≥ 3.5; Potential loyalists R 4–5, FM 1.5–3;
    /// New R 5, FM 1; Promising R 4, FM 1; Need attention R 3, FM 2.5–3; About to sleep R 3, FM ≤ 2;
    /// Can't lose them R 1–2, FM ≥ 4.5; At risk R 1–2, FM 2.5–4; Lost R 1, FM 1; Hibernating R 1–2, FM ≤ 2.
    /// Every cell of 1..5³ matches a rule; the fallback "Other" is never used.
    /// </summary>
    public static RfmSegmentScheme Default { get; } = new(
    [
        new("Champions", 5, 5, 1, 5, 1, 5, fmMin: 3.5),
        new("Loyal", 3, 4, 1, 5, 1, 5, fmMin: 3.5),
        new("Potential loyalists", 4, 5, 1, 5, 1, 5, fmMin: 1.5, fmMax: 3),
        new("New", 5, 5, 1, 5, 1, 5, fmMax: 1),
        new("Promising", 4, 4, 1, 5, 1, 5, fmMax: 1),
        new("Need attention", 3, 3, 1, 5, 1, 5, fmMin: 2.5, fmMax: 3),
        new("About to sleep", 3, 3, 1, 5, 1, 5, fmMax: 2),
        new("Can't lose them", 1, 2, 1, 5, 1, 5, fmMin: 4.5),
        new("At risk", 1, 2, 1, 5, 1, 5, fmMin: 2.5, fmMax: 4),
        new("Lost", 1, 1, 1, 5, 1, 5, fmMax: 1),
        new("Hibernating", 1, 2, 1, 5, 1, 5, fmMax: 2),
    ]);

    /// <summary>The rules in priority order.</summary>
    public IReadOnlyList<RfmSegmentRule> Rules { get; }

    /// <summary>The segment of customers no rule matches.</summary>
    public string Fallback { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>The segment name of one (R, F, M) cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1–5.</exception>
    public string Classify(int r, int f, int m)
    {
        CheckScore(r, nameof(r));
        CheckScore(f, nameof(f));
        CheckScore(m, nameof(m));
        return SegmentNames[_segmentOfCell[Cell(r, f, m)]];
    }

    /// <inheritdoc />
    public void Assign(ReadOnlySpan<byte> recency, ReadOnlySpan<byte> frequency, ReadOnlySpan<byte> monetary, Span<int> segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            segment[i] = _segmentOfCell[Cell(recency[i], frequency[i], monetary[i])];
        }
    }

    /// <summary>
    /// Reads a scheme from JSON text: <c>{"fallback": "Other", "rules": [{"name": "Champions", "rMin": 5,
    /// "rMax": 5, "fMin": 4, "fMax": 5, "mMin": 1, "mMax": 5, "fmMin": 1, "fmMax": 5}, …]}</c>. Each bound is
    /// optional (default: the full range 1–5); "fallback" defaults to "Other". Property names are case-insensitive.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not valid JSON or breaks a rule; the message names the rule index and field.</exception>
    public static RfmSegmentScheme FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The segment scheme is not valid JSON: {e.Message}", nameof(json), e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("The segment scheme must be a JSON object with a \"rules\" array.", nameof(json));
            }

            string fallback = "Other";
            if (TryGet(root, "fallback", out var fb))
            {
                fallback = fb.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(fb.GetString())
                    ? fb.GetString()!
                    : throw new ArgumentException("Field \"fallback\" must be a non-empty string.", nameof(json));
            }

            if (!TryGet(root, "rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array || rulesElement.GetArrayLength() == 0)
            {
                throw new ArgumentException("The segment scheme needs a non-empty \"rules\" array.", nameof(json));
            }

            var rules = new List<RfmSegmentRule>();
            int index = 0;
            foreach (var element in rulesElement.EnumerateArray())
            {
                rules.Add(ReadRule(element, index++));
            }

            return new RfmSegmentScheme(rules, fallback);
        }
    }

    private static RfmSegmentRule ReadRule(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Rule {index}: must be a JSON object.", "json");
        }

        if (!TryGet(element, "name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            throw new ArgumentException($"Rule {index}: field \"name\" must be a non-empty string.", "json");
        }

        string name = nameElement.GetString()!;
        int Score(string field, int fallbackValue)
        {
            if (!TryGet(element, field, out var v)) return fallbackValue;
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int score) || score < 1 || score > 5)
            {
                throw new ArgumentException($"Rule {index} ('{name}'): field \"{field}\" must be an integer from 1 to 5, got {v.GetRawText()}.", "json");
            }

            return score;
        }

        double Average(string field, double fallbackValue)
        {
            if (!TryGet(element, field, out var v)) return fallbackValue;
            if (v.ValueKind != JsonValueKind.Number || !(v.GetDouble() is >= 1 and <= 5))
            {
                throw new ArgumentException($"Rule {index} ('{name}'): field \"{field}\" must be a number from 1 to 5, got {v.GetRawText()}.", "json");
            }

            return v.GetDouble();
        }

        var bounds = (rMin: Score("rMin", 1), rMax: Score("rMax", 5), fMin: Score("fMin", 1), fMax: Score("fMax", 5),
            mMin: Score("mMin", 1), mMax: Score("mMax", 5), fmMin: Average("fmMin", 1), fmMax: Average("fmMax", 5));
        try
        {
            return new RfmSegmentRule(name, bounds.rMin, bounds.rMax, bounds.fMin, bounds.fMax, bounds.mMin, bounds.mMax, bounds.fmMin, bounds.fmMax);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Rule {index} ('{name}'): field \"{e.ParamName}\": {e.Message.Split(" (Parameter")[0]}", "json", e);
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static int Cell(int r, int f, int m) => ((r - 1) * 5 + (f - 1)) * 5 + (m - 1);

    private static void CheckScore(int score, string name)
    {
        if (score < 1 || score > 5)
        {
            throw new ArgumentOutOfRangeException(name, score, "An RFM score is from 1 to 5.");
        }
    }
}
