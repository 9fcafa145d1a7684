using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Clientele.Storage.Database;

namespace Clientele.Web.Auth;

/// <summary>The signed-in principals: a user (cookie) or an API key, each with its role claim.</summary>
public static class Principals
{
    /// <summary>The authentication type of a principal signed in with the log-in cookie.</summary>
    public const string CookieType = "Cookies";

    /// <summary>The authentication type of a principal authenticated by an API key.</summary>
    public const string ApiKeyType = "ApiKey";

    /// <summary>The claim holding a fingerprint of the user's password hash, so a password change ends old sessions.</summary>
    public const string PasswordStampClaim = "clientele:password-stamp";

    /// <summary>A user's principal for the log-in cookie.</summary>
    public static ClaimsPrincipal ForUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.Name()), new Claim(PasswordStampClaim, Stamp(user.PasswordHash))],
            CookieType, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>An API key's principal; its name is <c>key:ID</c>.</summary>
    public static ClaimsPrincipal ForApiKey(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "key:" + key.KeyId), new Claim(ClaimTypes.Role, key.Role.Name())], ApiKeyType, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A short fingerprint of a password hash (not the hash itself, which stays out of cookies).</summary>
    public static string Stamp(string passwordHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)))[..16];
}
