using System.Security.Cryptography;
using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

public sealed class Sha256Tests
{
    [Fact]
    public void Hash_Abc_IsThePublishedDigest()
    {
        // FIPS 180-4 example: SHA-256("abc").
        var digest = new byte[32];

        Sha256.Hash("abc"u8, digest);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Hash_EveryLengthUpTo300_EqualsDotNetSha256()
    {
        var data = new byte[300];
        new Random(3).NextBytes(data);
        var digest = new byte[32];
        for (int length = 0; length <= data.Length; length++)
        {
            Sha256.Hash(data.AsSpan(0, length), digest);
            Assert.Equal(SHA256.HashData(data.AsSpan(0, length)), digest);
        }
    }

    [Fact]
    public void IsNative_OnLinux_UsesOpenSsl()
    {
        // .NET on Linux loads OpenSSL itself, so the fast path must be found there.
        Assert.Equal(OperatingSystem.IsLinux(), Sha256.IsNative);
    }
}
