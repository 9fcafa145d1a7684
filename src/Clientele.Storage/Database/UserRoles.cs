namespace Clientele.Storage.Database;

/// <summary>The lower-case names of <see cref="UserRole"/> values, as stored and as typed on the command line.</summary>
public static class UserRoles
{
    /// <summary>Every role, lowest first.</summary>
    public static IReadOnlyList<UserRole> All { get; } = [UserRole.Viewer, UserRole.Analyst, UserRole.Admin];

    /// <summary>The stored name: <c>viewer</c>, <c>analyst</c> or <c>admin</c>.</summary>
    public static string Name(this UserRole role) => role switch
    {
        UserRole.Viewer => "viewer",
        UserRole.Analyst => "analyst",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Parses a role name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? text, out UserRole role)
    {
        role = text?.Trim().ToLowerInvariant() switch
        {
            "viewer" => UserRole.Viewer,
            "analyst" => UserRole.Analyst,
            "admin" => UserRole.Admin,
            _ => 0,
        };
        return role != 0;
    }

    /// <summary>Parses a role name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The text is not viewer, analyst or admin.</exception>
    public static UserRole Parse(string text, string parameterName = "role") =>
        TryParse(text, out var role) ? role : throw new ArgumentException($"'{text}' is not a role; use viewer, analyst or admin.", parameterName);
}
