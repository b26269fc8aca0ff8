using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Lucene 4.8's <see cref="FilteredQuery"/> always scores a filtered query in document order (its default bulk scorer
/// wraps a leap-frogging or random-access <see cref="Scorer"/>), so a disjunction never reaches the much cheaper
/// out-of-order <c>BooleanScorer</c>. When the filter is a dense random-access bit set, this strategy passes it to the
/// query's own bulk scorer as its accepted documents instead: same matches, same scores, the bucket scorer.
/// </summary>
internal sealed class RandomAccessBulkScoring : FilteredQuery.RandomAccessFilterStrategy
{
    public static readonly RandomAccessBulkScoring Instance = new();

    public override BulkScorer FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet)
    {
        var bits = docIdSet.Bits;
        var iterator = bits is null ? null : docIdSet.GetIterator();
        if (iterator is null) return base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
        var first = iterator.NextDoc();
        if (first == DocIdSetIterator.NO_MORE_DOCS) return null!;
        return UseRandomAccess(bits!, first)
            ? weight.GetBulkScorer(context, scoreDocsInOrder, bits)
            : base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
    }
}
