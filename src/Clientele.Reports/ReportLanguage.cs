namespace Clientele.Reports;

/// <summary>The languages the report and the dashboard ship dictionaries for (frontend/src/i18n/LANG.json).</summary>
public static class ReportLanguage
{
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Simplified Chinese.</summary>
    public const string SimplifiedChinese = "zh-CN";

    /// <summary>Every supported language, English first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, SimplifiedChinese];

    /// <summary>The supported language named by <paramref name="text"/> (case-insensitive; "zh" and "zh-Hans" mean zh-CN).</summary>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static string Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "en" or "en-us" or "en-gb" => English,
            "zh-cn" or "zh" or "zh-hans" or "zh-hans-cn" => SimplifiedChinese,
            _ => throw new ArgumentException($"The language '{text}' is not supported; use en or zh-CN.", nameof(text)),
        };
    }
}
