namespace Clientele.Storage.Database;

/// <summary>
/// An API key as stored (a row of <c>api_keys</c>): its public key id, its name and role, and the SHA-256 of its
/// secret part — never the key itself, which is shown once when it is created.
/// </summary>
/// <param name="KeyId">The public part of the key, unique in the store; it names the key in listings and revocations.</param>
/// <param name="Name">What the key is for, as given when it was created.</param>
/// <param name="Role">What a request with this key may do.</param>
/// <param name="SecretHash">Lower-case hex SHA-256 of the key's secret part.</param>
/// <param name="CreatedAt">When the key was created (UTC).</param>
/// <param name="RevokedAt">When the key was revoked (UTC), or null while it is valid.</param>
public sealed record ApiKeyRecord(string KeyId, string Name, UserRole Role, string SecretHash, DateTime CreatedAt, DateTime? RevokedAt)
{
    /// <summary>Whether requests with the key are still accepted.</summary>
    public bool IsActive => RevokedAt is null;
}
