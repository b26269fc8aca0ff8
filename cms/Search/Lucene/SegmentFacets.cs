using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// One segment's facet values as plain arrays (reading doc values through the codec for every match costs more than
/// counting): each field's value labels by ordinal; the single-valued fields' ordinals packed into one combination
/// number per document (so one increment counts them all) or, when there are too many combinations, one ordinal array
/// per field; each multi-valued field's ordinals as compressed rows.
/// </summary>
internal sealed class SegmentFacets
{
    private const int MaxCombinations = ushort.MaxValue;

    private readonly int[] singleFields;
    private readonly int[] multiFields;
    private readonly ushort[]? packed;
    private readonly int[][]? combinations;
    private readonly int[]?[] singleOrds;
    private readonly (int[] Starts, int[] Values)?[] multiOrds;

    private SegmentFacets(string[][] labels, int[] singleFields, int[] multiFields, ushort[]? packed, int[][]? combinations,
        int[]?[] singleOrds, (int[] Starts, int[] Values)?[] multiOrds)
    {
        Labels = labels;
        this.singleFields = singleFields;
        this.multiFields = multiFields;
        this.packed = packed;
        this.combinations = combinations;
        this.singleOrds = singleOrds;
        this.multiOrds = multiOrds;
    }

    /// <summary>Per field, the value of each ordinal.</summary>
    public string[][] Labels { get; }

    public static SegmentFacets Build(AtomicReader reader, IReadOnlyList<string> fields, IReadOnlySet<string> multiValued)
    {
        var labels = new string[fields.Count][];
        var singleOrds = new int[]?[fields.Count];
        var multiOrds = new (int[] Starts, int[] Values)?[fields.Count];
        var singles = new List<int>();
        var multis = new List<int>();
        var bytes = new BytesRef();
        for (var f = 0; f < fields.Count; f++)
        {
            if (multiValued.Contains(fields[f]))
            {
                var set = reader.GetSortedSetDocValues(fields[f]);
                labels[f] = set is null ? [] : Enumerable.Range(0, (int)set.ValueCount).Select(o => { set.LookupOrd(o, bytes); return bytes.Utf8ToString(); }).ToArray();
                if (set is null) continue;
                multiOrds[f] = Rows(reader.MaxDoc, set);
                multis.Add(f);
            }
            else
            {
                var values = reader.GetSortedDocValues(fields[f]);
                labels[f] = values is null ? [] : Enumerable.Range(0, values.ValueCount).Select(o => { values.LookupOrd(o, bytes); return bytes.Utf8ToString(); }).ToArray();
                if (values is null) continue;
                var ords = new int[reader.MaxDoc];
                for (var doc = 0; doc < ords.Length; doc++) ords[doc] = values.GetOrd(doc);
                singleOrds[f] = ords;
                singles.Add(f);
            }
        }
        var (packed, combinations) = Pack(reader.MaxDoc, singles, singleOrds, labels);
        if (packed is not null) foreach (var f in singles) singleOrds[f] = null;
        return new SegmentFacets(labels, [.. singles], [.. multis], packed, combinations, singleOrds, multiOrds);
    }

    /// <summary>Counts per field and ordinal over the first <paramref name="count"/> documents of <paramref name="docs"/>.</summary>
    public int[][] Count(int[] docs, int count)
    {
        var counts = Labels.Select(l => new int[l.Length]).ToArray();
        if (packed is not null)
        {
            var perCombination = new int[combinations!.Length];
            for (var k = 0; k < count; k++) perCombination[packed[docs[k]]]++;
            for (var c = 0; c < perCombination.Length; c++)
            {
                if (perCombination[c] == 0) continue;
                var ords = combinations[c];
                for (var s = 0; s < singleFields.Length; s++)
                    if (ords[s] >= 0) counts[singleFields[s]][ords[s]] += perCombination[c];
            }
        }
        else
        {
            foreach (var f in singleFields)
            {
                var ords = singleOrds[f]!;
                var target = counts[f];
                for (var k = 0; k < count; k++)
                {
                    var ord = ords[docs[k]];
                    if (ord >= 0) target[ord]++;
                }
            }
        }
        foreach (var f in multiFields)
        {
            var (starts, values) = multiOrds[f]!.Value;
            var target = counts[f];
            for (var k = 0; k < count; k++)
            {
                var doc = docs[k];
                for (var at = starts[doc]; at < starts[doc + 1]; at++) target[values[at]]++;
            }
        }
        return counts;
    }

    /// <summary>The ordinals of document d are Values[Starts[d]..Starts[d + 1]).</summary>
    private static (int[] Starts, int[] Values) Rows(int maxDoc, SortedSetDocValues set)
    {
        var starts = new int[maxDoc + 1];
        var values = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = values.Count;
            set.SetDocument(doc);
            long ord;
            while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) values.Add((int)ord);
        }
        starts[maxDoc] = values.Count;
        return (starts, values.ToArray());
    }

    /// <summary>Each document's combination of single-valued ordinals as a number, or nulls when there are too many.</summary>
    private static (ushort[]? Packed, int[][]? Combinations) Pack(int maxDoc, List<int> singles, int[]?[] singleOrds, string[][] labels)
    {
        if (singles.Count == 0) return (null, null);
        var radix = new long[singles.Count];
        long span = 1;
        try
        {
            for (var s = 0; s < singles.Count; s++)
            {
                radix[s] = span;
                span = checked(span * (labels[singles[s]].Length + 1)); // + 1: no value
            }
        }
        catch (OverflowException)
        {
            return (null, null);
        }
        var packed = new ushort[maxDoc];
        var index = new Dictionary<long, int>();
        var combinations = new List<int[]>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            long id = 0;
            for (var s = 0; s < singles.Count; s++) id += (singleOrds[singles[s]]![doc] + 1) * radix[s];
            if (!index.TryGetValue(id, out var combination))
            {
                if (combinations.Count == MaxCombinations) return (null, null);
                index[id] = combination = combinations.Count;
                combinations.Add(singles.Select(f => singleOrds[f]![doc]).ToArray());
            }
            packed[doc] = (ushort)combination;
        }
        return (packed, [.. combinations]);
    }
}
