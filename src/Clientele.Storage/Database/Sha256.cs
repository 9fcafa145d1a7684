using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Clientele.Storage.Database;

/// <summary>
/// SHA-256 of short inputs (FIPS 180-4), millions of times per import. On Linux, .NET's own <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// goes through OpenSSL's EVP layer, which for a 60-byte row spends more time creating and freeing a digest context and
/// clearing the error queue than hashing (and OpenSSL 3's one-shot <c>SHA256()</c> looks the algorithm up by name on
/// every call); OpenSSL's low-level <c>SHA256_Init/Update/Final</c> on a context on the stack (the same library .NET
/// loads, with the CPU's SHA instructions) give the same digest in a fraction of the time. Elsewhere, or when the library or the
/// function is missing, .NET's implementation is used. Both give identical digests (tests compare them).
/// </summary>
internal static unsafe class Sha256
{
    // SHA256_CTX is 112 bytes in OpenSSL 1.1 and 3; room to spare.
    private const int ContextBytes = 256;

    private static readonly delegate* unmanaged<byte*, int> Init;
    private static readonly delegate* unmanaged<byte*, byte*, nuint, int> Update;
    private static readonly delegate* unmanaged<byte*, byte*, int> Final;

    static Sha256()
    {
        if (!OperatingSystem.IsLinux()) return;
        Span<byte> expected = stackalloc byte[32], actual = stackalloc byte[32];
        foreach (var name in new[] { "libcrypto.so.3", "libcrypto.so.1.1" })
        {
            if (!NativeLibrary.TryLoad(name, out var library)) continue;
            if (!NativeLibrary.TryGetExport(library, "SHA256_Init", out var init) || !NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
                || !NativeLibrary.TryGetExport(library, "SHA256_Final", out var final)) continue;
            Init = (delegate* unmanaged<byte*, int>)init;
            Update = (delegate* unmanaged<byte*, byte*, nuint, int>)update;
            Final = (delegate* unmanaged<byte*, byte*, int>)final;

            // Trust it only if it agrees with .NET on a known input.
            var probe = "clientele: a known input longer than one 64-byte block of SHA-256, to cover the padding"u8;
            SHA256.HashData(probe, expected);
            Hash(probe, actual);
            if (actual.SequenceEqual(expected)) return;
            Init = null;
        }
    }

    /// <summary>Whether OpenSSL's low-level functions are used (otherwise .NET's implementation).</summary>
    public static bool IsNative => Init != null;

    /// <summary>Writes the 32-byte digest of <paramref name="data"/> into <paramref name="digest"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (digest.Length < 32) throw new ArgumentException("The digest needs 32 bytes.", nameof(digest));
        if (Init == null)
        {
            SHA256.HashData(data, digest);
            return;
        }

        byte* context = stackalloc byte[ContextBytes];
        fixed (byte* input = data)
        fixed (byte* output = digest)
        {
            if (Init(context) != 1 || Update(context, input, (nuint)data.Length) != 1 || Final(output, context) != 1)
            {
                throw new InvalidOperationException("OpenSSL's SHA-256 failed.");
            }
        }
    }

    /// <summary>The digest through .NET's implementation, for comparison.</summary>
    public static void HashManaged(ReadOnlySpan<byte> data, Span<byte> digest) => SHA256.HashData(data, digest);
}
