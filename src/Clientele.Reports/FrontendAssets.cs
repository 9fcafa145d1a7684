using System.Reflection;

namespace Clientele.Reports;

/// <summary>
/// The front-end files embedded at build time from frontend/: echarts.min.js (from npm) and the chart, table, i18n and
/// report modules, the stylesheet and the dictionaries, under names relative to frontend/src ("charts/core.js",
/// "i18n/zh-CN.json"). The web server can serve the same files.
/// </summary>
public static class FrontendAssets
{
    private const string Prefix = "frontend/";
    private static readonly Assembly Assembly = typeof(FrontendAssets).Assembly;

    /// <summary>The ECharts UMD build's name.</summary>
    public const string Echarts = "echarts.min.js";

    /// <summary>Every embedded asset's name, ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The ES modules (names ending in .js other than ECharts), ordinal order.</summary>
    public static IReadOnlyList<string> Modules { get; } =
        Names.Where(n => n.EndsWith(".js", StringComparison.Ordinal) && n != Echarts).ToArray();

    /// <summary>The text of asset <paramref name="name"/> (UTF-8).</summary>
    /// <exception cref="ArgumentException">There is no such asset.</exception>
    public static string Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? Assembly.GetManifestResourceStream(Prefix + name.Replace('/', '\\'))
            ?? throw new ArgumentException($"There is no front-end asset '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
