namespace Clientele.Storage.Database;

/// <summary>A user who logs in to the web server with a name and password (a row of <c>users</c>).</summary>
/// <param name="Name">The log-in name, unique in the store.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="PasswordHash">The ASP.NET Core Identity PasswordHasher hash of the password (never the password).</param>
/// <param name="CreatedAt">When the user was added (UTC).</param>
public sealed record UserAccount(string Name, UserRole Role, string PasswordHash, DateTime CreatedAt)
{
    /// <summary>The name and role only, so a logged record never shows the hash.</summary>
    public override string ToString() => $"{Name} ({Role.Name()})";
}
