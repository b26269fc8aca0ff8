using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Knowledge.Tests.Search;

/// <summary>
/// The engine's fast text query must mean exactly what Lucene's general Boolean/disjunction-max tree means: the same
/// matches and the same scores, whichever way Lucene executes it (bulk, in order, leap-frogging a sparse filter).
/// </summary>
public sealed class BestFieldsQueryTests : IDisposable
{
    private static readonly string[] Words =
        ["password", "reset", "account", "login", "invoice", "billing", "refund", "export", "calendar", "mobile", "token", "webhook",
         "storage", "upload", "timeout", "browser", "security", "subscription", "payment", "receipt", "dashboard", "workspace"];

    private readonly RAMDirectory directory = new();
    private readonly LuceneAnalyzers analyzers = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly LuceneQueryBuilder builder;

    public BestFieldsQueryTests()
    {
        var similarity = new BM25Similarity(1.0f, 0.5f);
        var random = new Random(5);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalyzers.Version, analyzers.Indexing) { Similarity = similarity }))
        {
            for (var id = 1; id <= 3000; id++)
            {
                writer.AddDocument(LuceneDocumentMapper.ToLucene(new SearchDocument
                {
                    Id = $"content:{id}:en", Type = SearchDocumentType.Content, EntityId = id, Locale = "en",
                    Title = Text(random, random.Next(2, 7)), Body = Text(random, random.Next(10, 60)),
                    Phrasings = random.Next(5) == 0 ? [Text(random, 3)] : [],
                    Kind = id > 200 && id % 97 == 0 ? "FAQ" : "ARTICLE", Audience = random.Next(10) == 0 ? "INTERNAL" : "PUBLIC", Published = true,
                }));
                if (id % 700 == 0) writer.Commit(); // several segments
            }
            for (var id = 5; id <= 3000; id += 37) writer.DeleteDocuments(new Term(SearchDocumentFields.Id, $"content:{id}:en"));
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
        builder = new LuceneQueryBuilder(analyzers, new SearchOptions());
    }

    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))]));

    [Theory]
    [InlineData("password", null)]
    [InlineData("reset password account", null)]
    [InlineData("billing invoice refund export calendar", null)]
    [InlineData("pasword resett", null)] // typo variants: fuzzy fields inside the per-term disjunction
    [InlineData("webhook token", "FAQ")] // a sparse filter: Lucene leap-frogs it in document order
    public void Should_match_and_score_like_the_boolean_disjunction_max_tree_when_run_through_the_engine_path(string text, string? kind)
    {
        var query = new SearchQuery
        {
            Text = text, Locale = "en", Audiences = ["PUBLIC"], PublishedOnly = true, Kinds = kind is null ? [] : [kind],
        };
        var built = (FilteredQuery)builder.Build(query, reader)!;
        var reference = new FilteredQuery(Plain(built.Query), built.Filter);

        var expected = Scores(reference, inOrder: true);
        Assert.NotEmpty(expected);
        foreach (var inOrder in new[] { false, true })
        {
            var actual = Scores(built, inOrder);
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (doc, score) in expected) Assert.Equal(score, actual[doc], score * 1e-6);
        }
        var top = searcher.Search(built, 10).ScoreDocs.Select(d => d.Doc);
        Assert.Equal(searcher.Search(reference, 10).ScoreDocs.Select(d => d.Doc), top);
    }

    [Fact]
    public void Should_report_every_query_term_when_asked_for_its_terms()
    {
        var built = (FilteredQuery)builder.Build(new SearchQuery { Text = "reset password", Locale = "en" }, reader)!;
        var terms = new HashSet<Term>();

        searcher.Rewrite(built).ExtractTerms(terms);

        Assert.Contains(new Term(SearchDocumentFields.Title("en"), "reset"), terms);
        Assert.Contains(new Term(SearchDocumentFields.Body("en"), "password"), terms);
    }

    /// <summary>The same query with every <see cref="BestFieldsQuery"/> replaced by its general Lucene form.</summary>
    private static Query Plain(Query query)
    {
        switch (query)
        {
            case BestFieldsQuery best:
                return best.Equivalent();
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) copy.Add(Plain(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }

    private Dictionary<int, float> Scores(Query query, bool inOrder)
    {
        var collector = new AllScores(inOrder);
        searcher.Search(query, collector);
        return collector.Scores;
    }

    private sealed class AllScores(bool inOrder) : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => !inOrder;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Scores.Add(docBase + doc, scorer!.GetScore());
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzers.Dispose();
        directory.Dispose();
    }
}
