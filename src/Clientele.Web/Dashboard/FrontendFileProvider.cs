using System.Text;
using Clientele.Reports;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Clientele.Web.Dashboard;

/// <summary>
/// Serves the front-end files the report embeds (<see cref="FrontendAssets"/>: ECharts from npm, the chart, table,
/// format and i18n modules, the dictionaries) under <see cref="RequestPath"/>, so the dashboard and the report draw
/// with one set of modules and nothing comes from a CDN. The modules import each other by the bare specifier
/// <c>clientele/…</c>, which the report resolves with an inline import map; the server's Content-Security-Policy
/// forbids inline scripts, so here the specifier is rewritten to this path when a module is served.
/// </summary>
public sealed class FrontendFileProvider : IFileProvider
{
    /// <summary>The URL path the files are served under.</summary>
    public const string RequestPath = "/lib";

    private static readonly DateTimeOffset BuiltAt = File.GetLastWriteTimeUtc(typeof(FrontendAssets).Assembly.Location);
    private readonly Dictionary<string, byte[]> files = FrontendAssets.Names.ToDictionary(n => n, Load, StringComparer.Ordinal);

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        string name = (subpath ?? "").TrimStart('/');
        return files.TryGetValue(name, out var bytes) ? new AssetFile(Path.GetFileName(name), bytes) : new NotFoundFileInfo(name);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private static byte[] Load(string name)
    {
        string text = FrontendAssets.Read(name);
        if (name.EndsWith(".js", StringComparison.Ordinal) && name != FrontendAssets.Echarts)
        {
            text = text.Replace($"\"{HtmlReport.ModulePrefix}", $"\"{RequestPath}/", StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private sealed class AssetFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => BuiltAt;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
