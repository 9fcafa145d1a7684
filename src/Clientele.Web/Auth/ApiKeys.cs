using System.Security.Cryptography;
using System.Text;

namespace Clientele.Web.Auth;

/// <summary>
/// API keys: <c>clt_{key id}_{secret}</c>, where the key id (8 random bytes, hex) is public and names the key in
/// listings, and the secret is 32 random bytes (256 bits, base64url). Only SHA-256 of the secret is stored: a
/// random 256-bit secret needs no salt or slow hash, and a stolen table yields no usable key.
/// </summary>
public static class ApiKeys
{
    /// <summary>The request header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    private const string Prefix = "clt_";

    /// <summary>A new key: the full text to hand out once, its public id and the hash to store.</summary>
    public static (string Key, string KeyId, string SecretHash) Generate()
    {
        string keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        string secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{keyId}_{secret}", keyId, Hash(secret));
    }

    /// <summary>Splits a presented key into its id and secret; false when it does not have the key's shape.</summary>
    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 128) return false;
        var parts = key[Prefix.Length..].Split('_', 2);
        if (parts.Length != 2 || parts[0].Length != 16 || parts[1].Length == 0) return false;
        (keyId, secret) = (parts[0], parts[1]);
        return true;
    }

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
