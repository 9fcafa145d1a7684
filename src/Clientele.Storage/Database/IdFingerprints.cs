namespace Clientele.Storage.Database;

/// <summary>
/// The external ids seen so far in a first load, as 32-bit fingerprints in an open-addressing table (≈ 6 bytes per id
/// instead of ≈ 100 for the strings). <see cref="Add"/> returning true proves the id is new; false means "maybe seen"
/// (a repeat, or a fingerprint collision: ≈ n / 2^32 per id, ≈ 13,000 false alarms in 10 million ids), and the caller
/// then checks the row exactly.
/// </summary>
internal sealed class IdFingerprints
{
    private uint[] slots = new uint[1 << 16];
    private int count;

    /// <summary>Adds the id; true when it was certainly not added before.</summary>
    public bool Add(string id)
    {
        if (count * 4 > slots.Length * 3) Grow();
        return Insert(slots, (uint)(Hash(id) >> 32) | 1u);
    }

    private bool Insert(uint[] table, uint fingerprint)
    {
        // The home slot comes from the fingerprint itself, so the table can grow without the ids.
        int mask = table.Length - 1;
        for (int i = (int)((fingerprint * 0x9E3779B97F4A7C15UL) >> 33) & mask; ; i = (i + 1) & mask)
        {
            uint slot = table[i];
            if (slot == 0)
            {
                table[i] = fingerprint;
                if (ReferenceEquals(table, slots)) count++;
                return true;
            }

            if (slot == fingerprint) return false;
        }
    }

    private void Grow()
    {
        var bigger = new uint[slots.Length * 2];
        foreach (uint fingerprint in slots)
        {
            if (fingerprint != 0) Insert(bigger, fingerprint);
        }

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
