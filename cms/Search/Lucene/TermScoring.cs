using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// A <see cref="TermQuery"/>'s statistics and per-segment postings, computed as its own weight computes them, so a
/// bulk scorer can read postings and score them without the term scorer's per-document indirections.
/// </summary>
internal sealed class TermScoring
{
    private readonly Term term;
    private readonly TermContext states;
    private readonly Similarity similarity;
    private readonly Similarity.SimWeight stats;

    public TermScoring(IndexSearcher searcher, TermQuery query)
    {
        term = query.Term;
        states = TermContext.Build(searcher.TopReaderContext, term);
        similarity = searcher.Similarity;
        stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states));
    }

    public float GetValueForNormalization() => stats.GetValueForNormalization();

    public void Normalize(float norm, float topLevelBoost) => stats.Normalize(norm, topLevelBoost);

    /// <summary>The segment's postings (positioned on the first document) and scorer, or null when the term is absent.</summary>
    public (DocsEnum Docs, Similarity.SimScorer Score)? Open(AtomicReaderContext context, IBits acceptDocs)
    {
        if (states.Get(context.Ord) is not { } state) return null;
        var terms = context.AtomicReader.GetTerms(term.Field).GetEnumerator();
        terms.SeekExact(term.Bytes, state);
        var docs = terms.Docs(acceptDocs, null);
        if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) return null;
        return (docs, similarity.GetSimScorer(stats, context));
    }
}
