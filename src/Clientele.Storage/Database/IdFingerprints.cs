using System.Runtime.Intrinsics.X86;

namespace Clientele.Storage.Database;

/// <summary>
/// The external ids seen so far in a first load, as 32-bit fingerprints in an open-addressing table (≈ 6 bytes per id
/// instead of ≈ 100 for the strings). An id whose fingerprint was not in the table is certainly new; otherwise it is
/// "maybe seen" (a repeat, or a fingerprint collision: ≈ n / 2^32 per id, ≈ 13,000 false alarms in 10 million ids),
/// and the caller then checks the row exactly.
/// </summary>
internal sealed class IdFingerprints
{
    // How many inserts ahead the home slot is prefetched: a 10M-id table is 64 MB, so nearly every first probe misses
    // the caches; fetching ahead lets those misses overlap (one at a time they cost ≈ 4 s of a 10M-row load).
    private const int Ahead = 16;

    private uint[] slots = new uint[1 << 16];
    private int count;

    /// <summary>The fingerprint of an id (never 0, the empty slot).</summary>
    public static uint Fingerprint(string id) => (uint)(Hash(id) >> 32) | 1u;

    /// <summary>Adds the id; true when it was certainly not added before.</summary>
    public bool Add(string id)
    {
        if (count * 4 > slots.Length * 3) Grow();
        bool added = Insert(slots, Fingerprint(id));
        if (added) count++;
        return added;
    }

    /// <summary>
    /// Adds the ids of these fingerprints in order (as <see cref="Add"/> one by one would); <paramref name="maybeSeen"/>[i]
    /// tells whether the i-th may have been added before, earlier in the span included.
    /// </summary>
    public void AddAll(ReadOnlySpan<uint> fingerprints, Span<bool> maybeSeen)
    {
        if (maybeSeen.Length < fingerprints.Length) throw new ArgumentException("One flag per fingerprint is needed.", nameof(maybeSeen));
        while ((long)(count + fingerprints.Length) * 4 > (long)slots.Length * 3) Grow();
        count += InsertAll(slots, fingerprints, maybeSeen);
    }

    private static int InsertAll(uint[] table, ReadOnlySpan<uint> fingerprints, Span<bool> maybeSeen)
    {
        int added = 0, mask = table.Length - 1;
        for (int i = 0; i < fingerprints.Length; i++)
        {
            if (i + Ahead < fingerprints.Length) Prefetch(table, Home(fingerprints[i + Ahead], mask));
            bool fresh = Insert(table, fingerprints[i]);
            if (fresh) added++;
            if (!maybeSeen.IsEmpty) maybeSeen[i] = !fresh;
        }

        return added;
    }

    private static unsafe void Prefetch(uint[] table, int index)
    {
        if (!Sse.IsSupported) return;
        fixed (uint* slot = &table[index]) Sse.Prefetch0(slot);
    }

    // The home slot comes from the fingerprint itself, so the table can grow without the ids.
    private static int Home(uint fingerprint, int mask) => (int)((fingerprint * 0x9E3779B97F4A7C15UL) >> 33) & mask;

    private static bool Insert(uint[] table, uint fingerprint)
    {
        int mask = table.Length - 1;
        for (int i = Home(fingerprint, mask); ; i = (i + 1) & mask)
        {
            uint slot = table[i];
            if (slot == 0)
            {
                table[i] = fingerprint;
                return true;
            }

            if (slot == fingerprint) return false;
        }
    }

    private void Grow()
    {
        var bigger = new uint[slots.Length * 2];
        var chunk = new uint[4096];
        int filled = 0;
        foreach (uint fingerprint in slots)
        {
            if (fingerprint == 0) continue;
            chunk[filled++] = fingerprint;
            if (filled == chunk.Length)
            {
                InsertAll(bigger, chunk, default);
                filled = 0;
            }
        }

        InsertAll(bigger, chunk.AsSpan(0, filled), default);
        slots = bigger;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then a 64-bit finalizer (the id strings are short; speed over quality).</summary>
    private static ulong Hash(string id)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in id) h = (h ^ c) * 1099511628211UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb53fe49ec6ceUL;
        h ^= h >> 33;
        return h;
    }
}
