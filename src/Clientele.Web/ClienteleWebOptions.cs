namespace Clientele.Web;

/// <summary>
/// The server's settings, bound from the configuration section <c>Clientele</c> (appsettings, environment variables
/// such as <c>Clientele__Db</c>, or <c>--Clientele:Db=…</c>); <c>clientele serve</c> fills them from its options.
/// </summary>
public sealed class ClienteleWebOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Clientele";

    /// <summary>The store: a SQLite file or a PostgreSQL connection string; null = <c>CLIENTELE_DB</c>, else <c>./clientele.db</c>.</summary>
    public string? Db { get; set; }

    /// <summary>Log-in attempts allowed per client address and minute (the rest get 429), against password guessing.</summary>
    public int LoginPermitsPerMinute { get; set; } = 10;

    /// <summary>The largest file an import may upload, in bytes (default 512 MiB).</summary>
    public long MaxUploadBytes { get; set; } = 512L << 20;

    /// <summary>Where uploads and their reject files are kept; null = <c>clientele-imports</c> under the temp directory.</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>How many store connections requests share at most; requests beyond wait for one.</summary>
    public int StoreConnections { get; set; } = 16;

    /// <summary>How long the entity counts of <c>/api/status</c> may be reused before they are counted again, in seconds.</summary>
    public double CountsCacheSeconds { get; set; } = 2;
}
