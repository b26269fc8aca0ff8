using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>An <see cref="IndexSearcher"/> that can run a weight over any subset of its segments (one slice of a concurrent search).</summary>
internal sealed class SegmentSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public void Search(IReadOnlyList<AtomicReaderContext> segments, Weight weight, ICollector collector) =>
        base.Search(segments as IList<AtomicReaderContext> ?? segments.ToList(), weight, collector);
}
