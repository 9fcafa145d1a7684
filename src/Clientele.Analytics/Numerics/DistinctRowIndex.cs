using System.Numerics;
using System.Runtime.CompilerServices;

namespace Clientele.Analytics.Numerics;

/// <summary>
/// Assigns dense row numbers to distinct (a, b, c) triples of doubles, compared bit for bit: the
/// compression behind weighted likelihoods. Each table slot holds the whole key, so a lookup costs
/// one cache miss, which is what matters with a million customers.
/// </summary>
internal sealed class DistinctRowIndex
{
    private struct Entry
    {
        public double A, B, C;
        public int RowPlusOne;
    }

    private Entry[] _table;
    private int _mask;

    public DistinctRowIndex(int expected)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));
        _table = new Entry[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The number of distinct triples so far.</summary>
    public int Count { get; private set; }

    /// <summary>The row of (a, b, c), and whether it was added by this call.</summary>
    public int GetOrAdd(double a, double b, double c, out bool added)
    {
        int slot = Slot(a, b, c);
        while (true)
        {
            ref var entry = ref _table[slot];
            if (entry.RowPlusOne == 0)
            {
                entry.A = a;
                entry.B = b;
                entry.C = c;
                entry.RowPlusOne = ++Count;
                added = true;
                if (Count * 2 > _table.Length) Grow();
                return Count - 1;
            }

            if (entry.A.Equals(a) && entry.B.Equals(b) && entry.C.Equals(c))
            {
                added = false;
                return entry.RowPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(double a, double b, double c)
    {
        // The bits that vary in doubles such as 3.0 or 52.142857 are the high ones; a plain multiply only
        // carries bits upwards, so each step folds the high half down (MurmurHash3's fmix64) before the next.
        ulong h = Mix((ulong)BitConverter.DoubleToInt64Bits(a));
        h = Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(b));
        h = Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(c));
        return (int)h & _mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong k)
    {
        k ^= k >> 33;
        k *= 0xFF51AFD7ED558CCDUL;
        k ^= k >> 33;
        k *= 0xC4CEB9FE1A85EC53UL;
        k ^= k >> 33;
        return k;
    }

    private void Grow()
    {
        var old = _table;
        _table = new Entry[old.Length * 2];
        _mask = _table.Length - 1;
        foreach (var entry in old)
        {
            if (entry.RowPlusOne == 0) continue;
            int slot = Slot(entry.A, entry.B, entry.C);
            while (_table[slot].RowPlusOne != 0) slot = (slot + 1) & _mask;
            _table[slot] = entry;
        }
    }
}
