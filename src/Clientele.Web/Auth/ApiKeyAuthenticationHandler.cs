using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clientele.Web.Auth;

/// <summary>
/// Authenticates a request by its <c>X-Api-Key</c> header: the key id names a stored key, the secret must hash to the
/// stored hash (constant-time compare), and the key must not be revoked. No header: no result (another scheme may
/// apply); a wrong key: failure (401). The key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyCache keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values)) return AuthenticateResult.NoResult();
        if (!ApiKeys.TryParse(values.ToString(), out var keyId, out var secret)) return AuthenticateResult.Fail("The API key is malformed.");
        var key = await keys.FindAsync(keyId, Context.RequestAborted).ConfigureAwait(false);
        if (key is null || !key.IsActive || !ApiKeys.Matches(secret, key.SecretHash))
        {
            Logger.LogInformation("API key {KeyId} rejected.", keyId);
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(Principals.ForApiKey(key), SchemeName));
    }
}
