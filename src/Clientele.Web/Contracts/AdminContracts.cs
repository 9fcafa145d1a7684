namespace Clientele.Web.Contracts;

/// <summary>A user, without any secret.</summary>
/// <param name="Name">The log-in name.</param>
/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="CreatedAt">When the user was added (UTC).</param>
public sealed record UserResponse(string Name, string Role, DateTime CreatedAt);

/// <summary>A new user.</summary>
/// <param name="Name">The log-in name.</param>
/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="Password">The password (at least 10 characters); omit it to have one generated and returned once.</param>
public sealed record CreateUserRequest(string? Name, string? Role, string? Password);

/// <summary>A created user; <paramref name="GeneratedPassword"/> is shown this once when the server generated it.</summary>
/// <param name="User">The user.</param>
/// <param name="GeneratedPassword">The generated password, or null when the request gave one.</param>
public sealed record CreatedUserResponse(UserResponse User, string? GeneratedPassword);

/// <summary>An API key, without its secret.</summary>
/// <param name="KeyId">The key's public id.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record ApiKeyResponse(string KeyId, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>A new API key.</summary>
/// <param name="Name">What it is for.</param>
/// <param name="Role">viewer, analyst or admin.</param>
public sealed record CreateApiKeyRequest(string? Name, string? Role);

/// <summary>A created API key; <paramref name="Key"/> is shown this once and cannot be recovered.</summary>
/// <param name="ApiKey">The key's record.</param>
/// <param name="Key">The key to send in the X-Api-Key header.</param>
public sealed record CreatedApiKeyResponse(ApiKeyResponse ApiKey, string Key);
