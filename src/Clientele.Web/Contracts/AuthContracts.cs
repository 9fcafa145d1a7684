namespace Clientele.Web.Contracts;

/// <summary>A log-in: user name and password.</summary>
/// <param name="UserName">The user's name.</param>
/// <param name="Password">The password (never logged or echoed).</param>
public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>Who is signed in, and the antiforgery token to send as <c>X-XSRF-TOKEN</c> with cookie requests that change something.</summary>
/// <param name="Name">The user name (or <c>key:ID</c> for an API key).</param>
/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="AuthenticatedBy">cookie or apiKey.</param>
/// <param name="AntiforgeryToken">The request token for this session (cookie sessions only).</param>
public sealed record SessionResponse(string Name, string Role, string AuthenticatedBy, string? AntiforgeryToken);
