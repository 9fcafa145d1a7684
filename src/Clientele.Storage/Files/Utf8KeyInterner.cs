using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Clientele.Storage.Files;

/// <summary>
/// Assigns dense indices 0, 1, 2, … to distinct UTF-8 byte keys (customer ids) without allocating a
/// string per row: keys live in one byte arena, an open-addressing table maps hashes to indices.
/// </summary>
internal sealed class Utf8KeyInterner
{
    private byte[] _arena = new byte[1 << 16];
    private int _arenaLength;
    private int[] _offsets = new int[1024];
    private int[] _lengths = new int[1024];
    private ulong[] _hashes = new ulong[1024];
    // Hash and index side by side: a probe touches one cache line, not two.
    private Slot[] _slots;
    private int _mask;

    private struct Slot
    {
        public ulong Hash;
        public int IndexPlusOne; // 0 = empty
    }

    public Utf8KeyInterner(int expected = 1024)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>Forgets all keys but keeps the memory, so a reused table allocates nothing.</summary>
    public void Clear()
    {
        if (Count == 0) return;
        Array.Clear(_slots);
        _arenaLength = 0;
        Count = 0;
    }

    public int GetOrAdd(ReadOnlySpan<byte> key)
    {
        ulong hash = Hash(key);
        int slot = (int)hash & _mask;
        while (true)
        {
            ref var entry = ref _slots[slot];
            if (entry.IndexPlusOne == 0) break;
            if (entry.Hash == hash && KeyAt(entry.IndexPlusOne - 1).SequenceEqual(key)) return entry.IndexPlusOne - 1;
            slot = (slot + 1) & _mask;
        }

        int index = Count;
        Append(key, hash);
        _slots[slot] = new Slot { Hash = hash, IndexPlusOne = index + 1 };
        if (Count * 2 > _slots.Length) Grow();
        return index;
    }

    /// <summary>
    /// Interns every key of <paramref name="batch"/> (whose keys are distinct) and writes each one's index
    /// to <paramref name="indexOf"/>. New keys get indices in the batch's order, exactly as one
    /// <see cref="GetOrAdd"/> per key would give, but the table is probed in slot order: with a million keys a
    /// random probe costs a cache and TLB miss, a sweep in order almost none.
    /// </summary>
    public void GetOrAddAll(Utf8KeyInterner batch, int[] indexOf)
    {
        int n = batch.Count;
        while ((Count + n) * 2 > _slots.Length) Grow();
        var slotKeys = new int[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            slotKeys[i] = (int)batch._hashes[i] & _mask;
            order[i] = i;
        }

        Array.Sort(slotKeys, order);
        var claimed = new int[n];
        Array.Fill(claimed, -1);
        foreach (int i in order)
        {
            var key = batch.KeyAt(i);
            ulong hash = batch._hashes[i];
            int slot = (int)hash & _mask;
            while (true)
            {
                ref var entry = ref _slots[slot];
                if (entry.IndexPlusOne == 0)
                {
                    // Claimed for now; its index is assigned below, in batch order.
                    entry = new Slot { Hash = hash, IndexPlusOne = -1 };
                    claimed[i] = slot;
                    break;
                }

                // A claimed slot (−1) holds another key of this batch: batch keys are distinct.
                if (entry.IndexPlusOne > 0 && entry.Hash == hash && KeyAt(entry.IndexPlusOne - 1).SequenceEqual(key))
                {
                    indexOf[i] = entry.IndexPlusOne - 1;
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (claimed[i] < 0) continue;
            int index = Count;
            Append(batch.KeyAt(i), batch._hashes[i]);
            _slots[claimed[i]].IndexPlusOne = index + 1;
            indexOf[i] = index;
        }
    }

    public ReadOnlySpan<byte> KeyAt(int index) => new(_arena, _offsets[index], _lengths[index]);

    /// <summary>All keys as strings, in index order (invalid UTF-8 becomes U+FFFD).</summary>
    public string[] ToStrings()
    {
        var result = new string[Count];
        for (int i = 0; i < Count; i++) result[i] = Encoding.UTF8.GetString(KeyAt(i));
        return result;
    }

    private void Append(ReadOnlySpan<byte> key, ulong hash)
    {
        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        if (Count == _offsets.Length)
        {
            Array.Resize(ref _offsets, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        _offsets[Count] = _arenaLength;
        _lengths[Count] = key.Length;
        _hashes[Count] = hash;
        _arenaLength += key.Length;
        Count++;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        int mask = slots.Length - 1;
        foreach (var entry in _slots)
        {
            if (entry.IndexPlusOne == 0) continue;
            int slot = (int)entry.Hash & mask;
            while (slots[slot].IndexPlusOne != 0) slot = (slot + 1) & mask;
            slots[slot] = entry;
        }

        _slots = slots;
        _mask = mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<byte> key)
    {
        // A multiply-rotate hash over 8-byte words: ids are short, so speed beats avalanche quality,
        // and the final mix spreads the low bits the table uses.
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        ulong h = (ulong)key.Length * Prime;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * Prime, 29);
            key = key[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < key.Length; i++) tail |= (ulong)key[i] << (8 * i);
        h = (h ^ tail) * Prime;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        h ^= h >> 32;
        return h;
    }
}
