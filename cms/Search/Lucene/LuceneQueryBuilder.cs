using Knowledge.Cms.Common;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Builds the Lucene query programmatically (never through a query parser, so user text cannot inject syntax):
/// per analysed term, the best of title (boosted), phrasings and body, plus a typo-tolerant variant for long terms;
/// a sloppy phrase bonus; synonym expansions at a lower weight; and every visibility rule as a filter.
/// </summary>
internal sealed class LuceneQueryBuilder(LuceneAnalyzers analyzers, SearchOptions options)
{
    private const int MaxTerms = 32;
    private const int MaxCachedFilters = 512;
    /// <summary>A term's score is its best field's plus this share of the other fields' (a title match still counts in the body).</summary>
    private const float TieBreaker = 0.1f;

    /// <summary>
    /// Visibility filters repeat (a handful of roles × locales × filters), so their per-segment bit sets are cached;
    /// without it every query would walk the postings of type, language, audience and published again.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> filters = new(StringComparer.Ordinal);

    /// <summary>The query, or null when the text has no searchable terms (only stop words or punctuation).</summary>
    public Query? Build(SearchQuery query, IndexReader reader)
    {
        var families = query.Locale is null ? FamiliesIn(reader) : [SearchLanguages.FamilyOf(query.Locale)];
        var text = new BooleanQuery();
        foreach (var family in families)
        {
            if (TextQuery(family, query.Text, 1f, reader, requireAll: false) is { } main) text.Add(main, Occur.SHOULD);
            foreach (var expansion in query.Expansions)
                if (TextQuery(family, expansion, options.ExpansionBoost, null, requireAll: true) is { } e) text.Add(e, Occur.SHOULD);
        }
        if (text.Clauses.Count == 0) return null;
        var filter = Filter(query);
        var key = filter.ToString();
        if (!filters.TryGetValue(key, out var cached))
        {
            if (filters.Count >= MaxCachedFilters) filters.Clear();
            cached = filters.GetOrAdd(key, _ => new BitSetCachingFilter(new QueryWrapperFilter(filter)));
        }
        return new FilteredQuery(text, cached, RandomAccessBulkScoring.Instance);
    }

    private static List<string> FamiliesIn(IndexReader reader) =>
        MultiFields.GetMergedFieldInfos(reader).Select(f => f.Name)
            .Where(n => n.StartsWith("title_", StringComparison.Ordinal)).Select(n => n[6..]).ToList();

    /// <param name="fuzzyReader">When given, terms of at least 5 characters that no title or body contains get a
    /// typo-tolerant variant. Known terms do not: their automata cost time and their neighbours only add noise.</param>
    private Query? TextQuery(string family, string text, float boost, IndexReader? fuzzyReader, bool requireAll)
    {
        var analyzer = analyzers.For(family);
        var tokens = LuceneAnalyzers.Analyze(analyzer, F.Body(family), text);
        var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0) return null;
        var title = F.Title(family);
        var body = F.Body(family);
        var phrasings = F.Phrasings(family);
        var allowFuzzy = fuzzyReader is not null && family is not (SearchLanguages.Cjk or "th");
        var perTerm = new List<List<Query>>(terms.Count);
        foreach (var term in terms)
        {
            var fields = new List<Query>
            {
                new TermQuery(new Term(title, term)) { Boost = options.TitleBoost },
                new TermQuery(new Term(body, term)),
                new TermQuery(new Term(phrasings, term)) { Boost = options.PhrasingsBoost },
            };
            if (allowFuzzy && term.Length >= 5 && fuzzyReader!.DocFreq(new Term(body, term)) == 0 && fuzzyReader.DocFreq(new Term(title, term)) == 0)
            {
                var edits = term.Length >= 8 ? 2 : 1;
                fields.Add(new FuzzyQuery(new Term(body, term), edits, 2, 16, true) { Boost = options.FuzzyBoost });
                fields.Add(new FuzzyQuery(new Term(title, term), edits, 2, 16, true) { Boost = options.FuzzyBoost * options.TitleBoost });
            }
            perTerm.Add(fields);
        }
        List<Query> extras = tokens.Count is >= 2 and <= 12 ? [Phrase(title, tokens, 2, options.TitleBoost * 0.5f)] : [];
        var query = new BestFieldsQuery(perTerm, extras, TieBreaker) { Boost = boost };
        if (!requireAll) return query;
        // Every term required: Lucene's general form, which counts matching clauses.
        var all = query.Equivalent();
        all.MinimumNumberShouldMatch = terms.Count;
        return all;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position, int Start, int End)> tokens, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = tokens[0].Position;
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position - first);
        return phrase;
    }

    private static BooleanQuery Filter(SearchQuery query)
    {
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(F.Type, LuceneDocumentMapper.TypeValue(query.Type))), Occur.MUST },
        };
        if (query.Locale is not null) filter.Add(new TermQuery(new Term(F.Language, Locales.Language(query.Locale))), Occur.MUST);
        else if (query.Type == SearchDocumentType.Content) filter.Add(new TermQuery(new Term(F.Source, "1")), Occur.MUST);
        AnyOf(filter, F.Kind, query.Kinds);
        AnyOf(filter, F.Category, query.Categories);
        AnyOf(filter, F.Locale, query.Locales);
        AnyOf(filter, F.Tags, query.Tags);
        if (query.Audiences is not null) AnyOf(filter, F.Audience, query.Audiences, allowEmpty: true);
        if (query.PublishedOnly) filter.Add(new TermQuery(new Term(F.Published, "1")), Occur.MUST);
        if (query.AllowedLocales.Count > 0)
        {
            var allowed = new BooleanQuery();
            foreach (var locale in query.AllowedLocales)
            {
                allowed.Add(new TermQuery(new Term(F.Locale, locale)), Occur.SHOULD);
                if (!locale.Contains('-')) allowed.Add(new TermQuery(new Term(F.Language, locale)), Occur.SHOULD);
            }
            filter.Add(allowed, Occur.MUST);
        }
        return filter;
    }

    private static void AnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values, bool allowEmpty = false)
    {
        if (values.Count == 0 && !allowEmpty) return;
        var any = new BooleanQuery();
        foreach (var value in values) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        // An empty allow-list must match nothing, not everything.
        if (values.Count == 0) any.Add(new TermQuery(new Term(field, "\u0000none")), Occur.SHOULD);
        filter.Add(any, Occur.MUST);
    }
}
