namespace Clientele.Domain.Entities;

/// <summary>
/// Reads enum values the way people write them in files: case-insensitive, with spaces, underscores,
/// hyphens and "&amp;" ignored ("marketing &amp; promotion", "marketing_promotion", "MarketingPromotion"), plus
/// the spec's own names ("gift" for <see cref="InteractionKind.CareGift"/>) and writes them back in snake_case.
/// </summary>
public static class EnumText
{
    private static readonly Dictionary<(Type, string), string> Aliases = new()
    {
        [(typeof(InteractionKind), "gift")] = nameof(InteractionKind.CareGift),
        [(typeof(InteractionKind), "trip")] = nameof(InteractionKind.CareTrip),
        [(typeof(InteractionKind), "greeting")] = nameof(InteractionKind.CareGreeting),
        [(typeof(InteractionKind), "campaign")] = nameof(InteractionKind.CampaignTouch),
        [(typeof(CostCategory), "marketing")] = nameof(CostCategory.MarketingPromotion),
        [(typeof(CostCategory), "channel")] = nameof(CostCategory.ChannelPartner),
        [(typeof(CostCategory), "partner")] = nameof(CostCategory.ChannelPartner),
        [(typeof(CostCategory), "service")] = nameof(CostCategory.CustomerService),
    };

    /// <summary>Parses <paramref name="text"/> as a <typeparamref name="T"/>; false when it names no value.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        if (Aliases.TryGetValue((typeof(T), key), out var alias)) key = Normalize(alias);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Normalize(candidate.ToString()) == key)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The accepted spellings of <typeparamref name="T"/>, in snake_case, for error messages.</summary>
    public static string Expected<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => ToSnakeCase(v.ToString())));

    /// <summary>The snake_case name of a value, e.g. <c>marketing_promotion</c>.</summary>
    public static string ToText<T>(T value)
        where T : struct, Enum => ToSnakeCase(value.ToString());

    private static string Normalize(string text) =>
        new(text.Where(c => char.IsLetterOrDigit(c)).Select(char.ToLowerInvariant).ToArray());

    private static string ToSnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
