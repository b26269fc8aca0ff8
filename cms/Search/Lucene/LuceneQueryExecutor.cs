using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Runs one engine query on a searcher: builds and rewrites it, scores every match (top hits, exact total and facets),
/// then reads and highlights the page of hits — over all segments at once, or over two slices concurrently for large
/// indices when <see cref="SearchOptions.ConcurrentSearchMinDocuments"/> allows it.
/// </summary>
internal sealed class LuceneQueryExecutor(LuceneQueryBuilder builder, LuceneAnalyzers analyzers, SearchOptions options)
{
    private static readonly HashSet<string> MultiValuedFacets = [F.Tags];

    public SearchResult Search(IndexSearcher searcher, SearchQuery query)
    {
        var built = builder.Build(query, searcher.IndexReader);
        if (built is null) return SearchResult.Empty;
        var rewritten = searcher.Rewrite(built);
        var weight = searcher.CreateNormalizedWeight(rewritten);
        var slices = Slices(searcher.IndexReader);
        var parts = new (TopScoreDocCollector Top, FacetCountingCollector? Facets)[slices.Count];
        void Run(int i)
        {
            // Out-of-order collection lets a disjunction use Lucene's bucket scorer.
            var top = TopScoreDocCollector.Create(Math.Max(1, query.Offset + query.Limit), false);
            var facets = query.WithFacets ? new FacetCountingCollector(F.Facets, MultiValuedFacets) : null;
            ((SegmentSearcher)searcher).Search(slices[i], weight, facets is null ? top : MultiCollector.Wrap(top, facets));
            parts[i] = (top, facets);
        }
        if (slices.Count > 1) Parallel.For(0, slices.Count, Run);
        else Run(0);
        var total = parts.Sum(p => p.Top.TotalHits);
        var page = Page(parts.Select(p => p.Top), query.Offset, query.Limit);
        var terms = new HashSet<Term>();
        if (query.WithHighlights) rewritten.ExtractTerms(terms);
        var hits = new SearchHit[page.Count];
        void Hit(int i)
        {
            var doc = searcher.Doc(page[i].Doc);
            var locale = doc.Get(F.Locale);
            var highlights = query.WithHighlights ? SnippetHighlighter.ForHit(analyzers, doc.Get(F.StoredTitle), doc.Get(F.StoredBody), locale, terms) : [];
            hits[i] = new SearchHit(doc.Get(F.Id), int.Parse(doc.Get(F.EntityId), CultureInfo.InvariantCulture), locale, page[i].Score, highlights);
        }
        // Reading a stored document (decompressing its block) and re-analysing it for snippets cost about 0.1 ms per hit.
        if (slices.Count > 1) Parallel.For(0, hits.Length, Hit);
        else for (var i = 0; i < hits.Length; i++) Hit(i);
        var suggestion = total == 0 && query.WithSuggestion ? SpellingSuggester.Suggest(searcher, analyzers, query.Text) : null;
        var facetCounts = query.WithFacets ? FacetCountingCollector.Merge(parts.Select(p => p.Facets!).ToList(), 20) : [];
        return new SearchResult(total, hits, facetCounts, suggestion);
    }

    /// <summary>
    /// The segments in one slice, or in two of about equal size when the index is large enough to gain from searching
    /// them concurrently (<see cref="SearchOptions.ConcurrentSearchMinDocuments"/>).
    /// </summary>
    private List<List<AtomicReaderContext>> Slices(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var min = options.ConcurrentSearchMinDocuments;
        if (min <= 0 || reader.MaxDoc < min || leaves.Count < 2 || Environment.ProcessorCount < 2) return [[.. leaves]];
        List<List<AtomicReaderContext>> slices = [[], []];
        var sizes = new long[2];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var lighter = sizes[0] <= sizes[1] ? 0 : 1;
            slices[lighter].Add(leaf);
            sizes[lighter] += leaf.AtomicReader.MaxDoc;
        }
        return slices;
    }

    /// <summary>
    /// The requested page of the slices' best hits, ordered as one sequential search orders them: by score, then by
    /// document (Lucene prefers the lower document among equal scores).
    /// </summary>
    private static List<ScoreDoc> Page(IEnumerable<TopScoreDocCollector> slices, int offset, int limit) =>
        slices.SelectMany(s => s.GetTopDocs().ScoreDocs)
            .OrderByDescending(d => d.Score).ThenBy(d => d.Doc)
            .Skip(offset).Take(limit).ToList();
}
