using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Caches a filter per segment as a <see cref="FixedBitSet"/> (one bit per document) instead of Lucene's default
/// compressed set: a bit set answers "is this document visible?" in constant time, which lets the filtered query
/// hand the filter to the scorer as accepted documents (see <see cref="RandomAccessBulkScoring"/>).
/// </summary>
internal sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
