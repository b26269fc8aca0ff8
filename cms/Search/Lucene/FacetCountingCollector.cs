using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Counts facet values over every matching document (exact counts), segment by segment, by ordinal: single-valued
/// fields (kind, category, locale) from sorted doc values, multi-valued ones (tags) from sorted-set doc values.
/// </summary>
/// <remarks>
/// On a large index a common word matches almost every document, so this runs ~100,000 times per query. It therefore
/// only buffers document numbers while collecting and counts each segment afterwards in tight loops over arrays built
/// once per segment (<see cref="SegmentFacets"/>): the single-valued fields' ordinals are packed into one small number
/// per document (a handful of kinds × categories × locales), so one increment counts all of them.
/// </remarks>
internal sealed class FacetCountingCollector(IReadOnlyList<string> fields, IReadOnlySet<string> multiValued) : ICollector
{
    /// <summary>Segments are immutable: their facet arrays are built once and go away with them.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, SegmentFacets>> Cache = new();

    private readonly string key = string.Join('\u0001', fields) + "\u0002" + string.Join('\u0001', multiValued.Order(StringComparer.Ordinal));
    private readonly Dictionary<string, Dictionary<string, long>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal));
    private SegmentFacets? segment;
    private int[] buffer = new int[4096];
    private int matched;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, SegmentFacets>(StringComparer.Ordinal));
        lock (perSegment)
        {
            if (!perSegment.TryGetValue(key, out segment))
                perSegment[key] = segment = SegmentFacets.Build(reader, fields, multiValued);
        }
    }

    public void Collect(int doc)
    {
        if (matched == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        buffer[matched++] = doc;
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

    private void Flush()
    {
        if (segment is null) return;
        var counts = segment.Count(buffer, matched);
        for (var f = 0; f < fields.Count; f++)
        {
            var labels = segment.Labels[f];
            var perField = totals[fields[f]];
            for (var ord = 0; ord < counts[f].Length; ord++)
                if (counts[f][ord] > 0) perField[labels[ord]] = perField.GetValueOrDefault(labels[ord]) + counts[f][ord];
        }
        segment = null;
        matched = 0;
    }
}
