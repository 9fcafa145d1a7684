using Clientele.Storage.Database;

namespace Clientele.Storage.Tests.Database;

public sealed class IdFingerprintsTests
{
    [Fact]
    public void AddAll_RepeatsWithinAndAcrossBatches_FlaggedAsOneByOneAddWould()
    {
        // 200,000 ids (the table grows several times), every 7th repeating an earlier id, some within the same batch.
        var random = new Random(5);
        var ids = new string[200_000];
        for (int i = 0; i < ids.Length; i++) ids[i] = i % 7 == 6 ? ids[random.Next(Math.Max(0, i - 50), i)] : $"C{i:00000000}/20250101/{random.NextInt64():x16}";

        var oneByOne = new IdFingerprints();
        var expected = ids.Select(id => !oneByOne.Add(id)).ToArray();
        var batched = new IdFingerprints();
        var flags = new bool[ids.Length];
        for (int start = 0; start < ids.Length; start += 20_000)
        {
            var fingerprints = ids.Skip(start).Take(20_000).Select(IdFingerprints.Fingerprint).ToArray();
            batched.AddAll(fingerprints, flags.AsSpan(start, fingerprints.Length));
        }

        Assert.Equal(expected, flags);

        // Every repeat is flagged (no false "certainly new"); false alarms are fingerprint collisions, ≈ n²/2³³ here.
        Assert.All(Enumerable.Range(0, ids.Length).Where(i => i % 7 == 6), i => Assert.True(flags[i]));
        Assert.InRange(flags.Count(f => f) - (ids.Length / 7), 0, 20);
    }

    [Fact]
    public void AddAll_FewerFlagsThanFingerprints_Throws() =>
        Assert.Throws<ArgumentException>(() => new IdFingerprints().AddAll(new uint[] { 3, 5 }, new bool[1]));
}
