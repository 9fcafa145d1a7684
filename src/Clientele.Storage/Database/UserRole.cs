namespace Clientele.Storage.Database;

/// <summary>
/// What a user or an API key may do on the web server, in increasing order: each role may do everything the
/// roles below it may (viewer &lt; analyst &lt; admin), so a role check is a comparison.
/// </summary>
public enum UserRole
{
    /// <summary>Reads customers, segments, analyses and exports.</summary>
    Viewer = 1,

    /// <summary>Also imports files, runs analyses and plans.</summary>
    Analyst = 2,

    /// <summary>Also manages users and API keys.</summary>
    Admin = 3,
}
