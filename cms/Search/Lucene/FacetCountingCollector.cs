using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>Counts facet values (sorted-set doc values) over every matching document, segment by segment.</summary>
internal sealed class FacetCountingCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] segmentValues = new SortedSetDocValues?[fields.Count];
    private readonly long[]?[] segmentCounts = new long[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            segmentValues[i] = values;
            segmentCounts[i] = values is null ? null : new long[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < segmentValues.Length; i++)
        {
            var values = segmentValues[i];
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) segmentCounts[i]![ord]++;
        }
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
        var bytes = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            var counts = segmentCounts[i];
            var values = segmentValues[i];
            if (counts is null || values is null) continue;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                totals[fields[i]][key] = totals[fields[i]].GetValueOrDefault(key) + counts[ord];
            }
            segmentCounts[i] = null;
            segmentValues[i] = null;
        }
    }
}
