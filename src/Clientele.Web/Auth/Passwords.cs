using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Clientele.Web.Auth;

/// <summary>
/// Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted,
/// 100,000 iterations in its v3 format), and generated passwords for users added without one.
/// </summary>
public static class Passwords
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 10;

    private static readonly PasswordHasher<string> Hasher = new();

    // Verifying against this when the user does not exist makes a failed log-in take as long either way, so the
    // response time does not tell which user names exist.
    private static readonly string DecoyHash = Hasher.HashPassword("", Generate());

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    /// <exception cref="ArgumentException">The password is shorter than <see cref="MinLength"/>.</exception>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinLength) throw new ArgumentException($"The password must be at least {MinLength} characters.", nameof(password));
        return Hasher.HashPassword("", password);
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="hash"/>; with a null hash (no such user) it spends the same time and returns false.</summary>
    public static bool Verify(string? hash, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var result = Hasher.VerifyHashedPassword("", hash ?? DecoyHash, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>A random password of 20 characters from a 64-character alphabet (120 bits).</summary>
    public static string Generate()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!+=@";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
