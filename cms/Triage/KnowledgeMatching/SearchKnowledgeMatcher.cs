using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Search;
using Knowledge.Cms.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage.KnowledgeMatching;

/// <summary>
/// Asks the product's search engine (<see cref="ISearchIndex"/>: Lucene by default, Elasticsearch when configured)
/// for the published public articles that answer a ticket: first in the ticket's language, then — when nothing in
/// that language matches — in every item's source locale, with the same synonym expansion as the search API. Hits
/// are re-read from the database (the index may lag a change) and scored by <see cref="KnowledgeMatchScore"/>.
/// The engine failing or exceeding <see cref="TriageOptions.KnowledgeSearchTimeout"/> yields no match and the reason,
/// never an exception: a ticket is created whether or not the knowledge base could be searched.
/// </summary>
internal sealed class SearchKnowledgeMatcher : IKnowledgeMatcher
{
    /// <summary>Candidates read from the engine; the runner-up is needed for the lead, a few more for re-ranking.</summary>
    private const int Candidates = 5;

    /// <summary>The engine uses the first few dozen distinct terms; the subject and opening lines carry the question.</summary>
    private const int QueryCharacters = 600;

    private static readonly IReadOnlyList<string> PublicAudience = [SearchValues.Of(Audience.Public)];
    private readonly KnowledgeDbContext db;
    private readonly ISearchIndex index;
    private readonly SynonymCatalog synonyms;
    private readonly SearchIndexState state;
    private readonly TriageOptions options;
    private readonly ILogger<SearchKnowledgeMatcher> logger;

    internal SearchKnowledgeMatcher(KnowledgeDbContext db, ISearchIndex index, SynonymCatalog synonyms, SearchIndexState state,
        IOptions<TriageOptions> options, ILogger<SearchKnowledgeMatcher> logger)
    {
        this.db = db;
        this.index = index;
        this.synonyms = synonyms;
        this.state = state;
        this.options = options.Value;
        this.logger = logger;
    }

    public async Task<KnowledgeMatchResult> MatchAsync(string text, string language, int? issueTypeId, int limit, CancellationToken cancellationToken)
    {
        var query = TicketText.Prepare(text, QueryCharacters);
        if (string.IsNullOrWhiteSpace(query) || limit <= 0) return KnowledgeMatchResult.None;
        var started = System.Diagnostics.Stopwatch.StartNew();
        // A fresh install indexes its articles in the background: wait for that with at most half the budget.
        if (!state.IsReady) await state.WaitAsync(options.KnowledgeSearchTimeout / 2, cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, (options.KnowledgeSearchTimeout - started.Elapsed).Ticks)));
        try
        {
            var hits = await SearchAsync(query, language, budget.Token);
            if (hits.Count == 0) hits = await SearchAsync(query, null, budget.Token);
            return hits.Count == 0 ? KnowledgeMatchResult.None : new KnowledgeMatchResult(await ScoreAsync(hits, query, language, issueTypeId, limit, budget.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Knowledge search for triage exceeded {Timeout}", options.KnowledgeSearchTimeout);
            return new KnowledgeMatchResult([], $"the knowledge search took longer than {options.KnowledgeSearchTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Knowledge search for triage failed ({Provider})", index.Provider);
            return new KnowledgeMatchResult([], $"the knowledge search ({index.Provider}) is unavailable");
        }
    }

    /// <summary>Distinct items in the engine's order, with their best score and the locale of the document that matched.</summary>
    private async Task<List<SearchHit>> SearchAsync(string query, string? language, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(new SearchQuery
        {
            Text = query,
            Type = SearchDocumentType.Content,
            Locale = language,
            Expansions = await synonyms.ExpandAsync(query, language, cancellationToken),
            Audiences = PublicAudience,
            PublishedOnly = true,
            Limit = Candidates,
            WithFacets = false,
            WithHighlights = false,
            WithSuggestion = false,
        }, cancellationToken);
        return result.Hits.DistinctBy(h => h.EntityId).ToList();
    }

    private async Task<IReadOnlyList<KnowledgeMatch>> ScoreAsync(List<SearchHit> hits, string query, string language, int? issueTypeId, int limit,
        CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => h.EntityId).ToList();
        var rows = await (
                from v in db.ContentVariants.AsNoTracking()
                join i in db.ContentItems.AsNoTracking() on v.ItemId equals i.Id
                join r in db.ContentRevisions.AsNoTracking() on new { VariantId = v.Id, Number = v.PublishedRevision!.Value } equals new { r.VariantId, r.Number }
                where ids.Contains(i.Id) && v.Status == ContentStatus.Published && i.Audience == Audience.Public
                select new Variant(i.Id, i.SourceLocale, i.IssueTypeIds, v.Locale, v.Slug, r.Title, r.Summary, r.AlternativePhrasings))
            .ToListAsync(cancellationToken);
        var byItem = rows.ToLookup(r => r.ItemId);
        var tokens = KnowledgeMatchScore.Tokens(query);
        var lead = KnowledgeMatchScore.Lead(hits[0].Score, hits.Count > 1 ? hits[1].Score : null);
        var matches = new List<(KnowledgeMatch Match, int Rank)>();
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var variants = byItem[hits[rank].EntityId].ToList();
            // Published and public in the database too: a hit the index still holds after unpublishing is dropped.
            if (variants.Count == 0) continue;
            var matched = variants.FirstOrDefault(v => v.Locale == hits[rank].Locale) ?? variants[0];
            var shown = variants.FirstOrDefault(v => Locales.Language(v.Locale) == language)
                        ?? variants.FirstOrDefault(v => v.Locale == v.SourceLocale) ?? matched;
            var linked = issueTypeId is { } id && matched.IssueTypeIds.Contains(id);
            var coverage = KnowledgeMatchScore.Coverage(tokens, matched.AlternativePhrasings.Prepend(matched.Title));
            var score = KnowledgeMatchScore.Combine(coverage, rank == 0 ? lead : 0, linked);
            matches.Add((new KnowledgeMatch(matched.ItemId, shown.Slug, shown.Locale, shown.Title, shown.Summary, score, linked), rank));
        }
        return matches.OrderByDescending(m => m.Match.Score).ThenBy(m => m.Rank).Take(limit).Select(m => m.Match).ToList();
    }

    private sealed record Variant(int ItemId, string SourceLocale, List<int> IssueTypeIds, string Locale, string Slug, string Title, string? Summary,
        List<string> AlternativePhrasings);
}
