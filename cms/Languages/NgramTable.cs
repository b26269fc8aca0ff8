using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Knowledge.Cms.Languages;

/// <summary>
/// An open-addressing hash table from packed n-gram to a row of per-language scores, each row padded to a whole number
/// of SIMD vectors: the detector's inner loop is one multiply-shift hash, a probe or two and a vector add.
/// </summary>
internal sealed class NgramTable
{
    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly float[] scores;
    private readonly int shift;
    private readonly int mask;

    public NgramTable(IReadOnlyList<ulong> rowKeys, int languages, Func<int, int, float> score)
    {
        Stride = (languages + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Count * 2));
        shift = 64 - BitOperations.Log2((uint)capacity);
        mask = capacity - 1;
        keys = new ulong[capacity];
        rows = new int[capacity];
        scores = new float[rowKeys.Count * Stride];
        for (var row = 0; row < rowKeys.Count; row++)
        {
            var slot = Slot(rowKeys[row]);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = rowKeys[row];
            rows[slot] = row;
            for (var l = 0; l < languages; l++) scores[row * Stride + l] = score(row, l);
        }
    }

    /// <summary>Floats per row (the language count rounded up to whole vectors).</summary>
    public int Stride { get; }

    /// <summary>Adds the row of <paramref name="key"/> to <paramref name="sums"/> (length <see cref="Stride"/>), if the key is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<float> sums)
    {
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key) break;
            if (k == 0) return;
            slot = (slot + 1) & mask;
        }
        ref var source = ref MemoryMarshal.GetArrayDataReference(scores);
        var offset = rows[slot] * Stride;
        for (var i = 0; i < Stride; i += Vector<float>.Count)
        {
            var target = new Vector<float>(sums[i..]);
            (target + Vector.LoadUnsafe(ref source, (nuint)(offset + i))).CopyTo(sums[i..]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
