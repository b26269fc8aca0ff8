using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Counts facet values over every matching document, segment by segment, by ordinal: single-valued fields (kind,
/// category, locale) from sorted doc values, multi-valued ones (tags) from sorted-set doc values.
/// </summary>
internal sealed class FacetCountingCollector(IReadOnlyList<string> fields, IReadOnlySet<string> multiValued) : ICollector
{
    /// <summary>
    /// Per segment (segments are immutable) and field: every document's ordinal as a plain array. Reading doc values
    /// through the codec costs more than the counting itself on large result sets; the arrays cost 4 bytes per document
    /// and field and go away with their segment.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, Ords>> OrdinalCache = new();

    private readonly Ords?[] ordinals = new Ords?[fields.Count];
    private readonly Dictionary<string, Dictionary<string, long>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] single = new SortedDocValues?[fields.Count];
    private readonly SortedSetDocValues?[] multi = new SortedSetDocValues?[fields.Count];
    private readonly int[]?[] counts = new int[]?[fields.Count];
    private int[] buffer = new int[4096];
    private int matched;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            if (multiValued.Contains(fields[i]))
            {
                multi[i] = context.AtomicReader.GetSortedSetDocValues(fields[i]);
                counts[i] = multi[i] is { } m ? new int[m.ValueCount] : null;
                ordinals[i] = multi[i] is { } set ? Ordinals(context.AtomicReader, fields[i], null, set) : null;
            }
            else
            {
                single[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
                counts[i] = single[i] is { } s ? new int[s.ValueCount] : null;
                ordinals[i] = single[i] is { } values ? Ordinals(context.AtomicReader, fields[i], values, null) : null;
            }
        }
    }

    /// <summary>Only remembers the document: counting a whole segment's matches field by field afterwards is a tight loop
    /// over one ordinal array at a time, several times cheaper than visiting every field for every document.</summary>
    public void Collect(int doc)
    {
        if (matched == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        buffer[matched++] = doc;
    }

    private void Count()
    {
        for (var i = 0; i < counts.Length; i++)
        {
            var segment = counts[i];
            if (segment is null) continue;
            var ords = ordinals[i]!;
            var values = ords.Values;
            if (ords.Starts is null)
            {
                for (var k = 0; k < matched; k++)
                {
                    var ord = values[buffer[k]];
                    if (ord >= 0) segment[ord]++;
                }
                continue;
            }
            var starts = ords.Starts;
            for (var k = 0; k < matched; k++)
            {
                var doc = buffer[k];
                for (var at = starts[doc]; at < starts[doc + 1]; at++) segment[values[at]]++;
            }
        }
        matched = 0;
    }

    /// <summary>The top values of each field over the documents all <paramref name="collectors"/> (one per slice of a search) saw.</summary>
    public static IReadOnlyList<SearchFacet> Merge(IReadOnlyList<FacetCountingCollector> collectors, int maxValues)
    {
        var first = collectors[0];
        first.Flush();
        foreach (var other in collectors.Skip(1))
        {
            other.Flush();
            foreach (var (field, values) in other.totals)
                foreach (var (value, count) in values)
                    first.totals[field][value] = first.totals[field].GetValueOrDefault(value) + count;
        }
        return first.Result(maxValues);
    }

    public IReadOnlyList<SearchFacet> Result(int maxValues)
    {
        Flush();
        return fields.Select(f => new SearchFacet(f, totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(maxValues)
                .Select(kv => new SearchFacetValue(kv.Key, kv.Value)).ToList()))
            .ToList();
    }

    private static Ords Ordinals(AtomicReader reader, string field, SortedDocValues? single, SortedSetDocValues? multi)
    {
        var perField = OrdinalCache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, Ords>(StringComparer.Ordinal));
        lock (perField)
        {
            if (perField.TryGetValue(field, out var cached)) return cached;
            Ords result;
            if (single is not null)
            {
                var values = new int[reader.MaxDoc];
                for (var doc = 0; doc < values.Length; doc++) values[doc] = single.GetOrd(doc);
                result = new Ords(null, values);
            }
            else
            {
                // Compressed rows: the ordinals of document d are Values[Starts[d]..Starts[d + 1]).
                var starts = new int[reader.MaxDoc + 1];
                var values = new List<int>(reader.MaxDoc * 2);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    starts[doc] = values.Count;
                    multi!.SetDocument(doc);
                    long ord;
                    while ((ord = multi.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) values.Add((int)ord);
                }
                starts[reader.MaxDoc] = values.Count;
                result = new Ords(starts, values.ToArray());
            }
            perField[field] = result;
            return result;
        }
    }

    private sealed record Ords(int[]? Starts, int[] Values);

    private void Flush()
    {
        Count();
        var bytes = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            var segment = counts[i];
            if (segment is null) continue;
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] == 0) continue;
                if (single[i] is { } s) s.LookupOrd(ord, bytes);
                else multi[i]!.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                totals[fields[i]][key] = totals[fields[i]].GetValueOrDefault(key) + segment[ord];
            }
            counts[i] = null;
            single[i] = null;
            multi[i] = null;
            ordinals[i] = null;
        }
    }
}
