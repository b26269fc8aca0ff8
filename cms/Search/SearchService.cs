using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Search;

/// <summary>
/// The search path of the API: validates input, turns the caller's role into filters the engine applies inside the
/// query (anonymous and partners: published content of their audiences and locales only), expands synonyms, hydrates
/// hits through <see cref="ContentReader"/>/<see cref="TicketReader"/> and logs the query for insights.
/// </summary>
public sealed class SearchService
{
    /// <summary>Deepest offset a cursor may reach (relevance ranking past this is noise).</summary>
    public const int MaxOffset = 10_000;

    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly ISearchIndex index;
    private readonly SynonymCatalog synonyms;
    private readonly ContentReader content;
    private readonly TicketReader tickets;
    private readonly SearchOptions options;
    private readonly IClock clock;
    private readonly ILogger<SearchService> logger;
    private readonly SearchIndexState state;

    internal SearchService(KnowledgeDbContext db, ICurrentUser user, ISearchIndex index, SynonymCatalog synonyms, ContentReader content,
        TicketReader tickets, IOptions<SearchOptions> options, IClock clock, ILogger<SearchService> logger, SearchIndexState state)
    {
        this.state = state;
        this.db = db;
        this.user = user;
        this.index = index;
        this.synonyms = synonyms;
        this.content = content;
        this.tickets = tickets;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
    }

    public async Task<SearchResults<LocalizedContent>> SearchContentAsync(string? text, string? locale, SearchFilter? filter, PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = Guard.Required(text, "query", options.MaxQueryLength);
        var requested = locale is null ? null : Guard.Locale(locale, "locale");
        var (offset, limit) = Window(page);
        var viewer = user.Viewer;
        var engineQuery = new SearchQuery
        {
            Text = query,
            Type = SearchDocumentType.Content,
            Locale = requested,
            Expansions = await synonyms.ExpandAsync(query, requested, cancellationToken),
            Kinds = filter?.Kinds?.Select(SearchValues.Of).ToList() ?? [],
            Categories = filter?.Categories ?? [],
            Locales = filter?.Locales?.Select((l, i) => Guard.Locale(l, $"filter.locales[{i}]")).ToList() ?? [],
            Tags = filter?.Tags?.Select(t => t.Trim().ToLowerInvariant()).ToList() ?? [],
            Audiences = viewer.IsStaff ? null : viewer.ReadableAudiences.Select(SearchValues.Of).ToList(),
            PublishedOnly = !viewer.IsStaff,
            AllowedLocales = viewer.IsStaff ? [] : viewer.Locales,
            Offset = offset,
            Limit = limit,
        };
        var result = await RunAsync(engineQuery with { WithSuggestion = requested is null }, cancellationToken);
        var fallback = false;
        if (result.TotalCount == 0 && requested is not null)
        {
            // Nothing in the asked language: answer from every item's source language rather than nothing.
            result = await RunAsync(engineQuery with { Locale = null }, cancellationToken);
            fallback = result.TotalCount > 0;
        }
        var hydrated = new Dictionary<string, LocalizedContent>();
        foreach (var group in result.Hits.GroupBy(h => h.Locale))
        {
            var found = await content.GetLocalizedByIdsAsync(group.Select(h => h.EntityId).ToList(), group.Key, cancellationToken);
            foreach (var hit in group)
                if (found.TryGetValue(hit.EntityId, out var item)) hydrated[hit.DocumentId] = item;
        }
        await LogAsync(query, requested, "content", result.TotalCount, cancellationToken);
        return Page(result, offset, fallback, hit => hydrated.GetValueOrDefault(hit.DocumentId));
    }

    public async Task<SearchResults<Ticket>> SearchTicketsAsync(string? text, PageRequest page, CancellationToken cancellationToken)
    {
        if (!user.Viewer.IsStaff) throw KnowledgeException.Forbidden("Only agents and admins may search tickets.");
        var query = Guard.Required(text, "query", options.MaxQueryLength);
        var (offset, limit) = Window(page);
        var result = await RunAsync(new SearchQuery
        {
            Text = query,
            Type = SearchDocumentType.Ticket,
            Offset = offset,
            Limit = limit,
            WithFacets = false,
            WithSuggestion = false,
        }, cancellationToken);
        var found = await tickets.GetByIdsAsync(result.Hits.Select(h => h.EntityId).Distinct().ToList(), cancellationToken);
        await LogAsync(query, null, "ticket", result.TotalCount, cancellationToken);
        return Page(result, offset, false, hit => found.GetValueOrDefault(hit.EntityId));
    }

    /// <summary>Outbox rows the indexer has not processed yet.</summary>
    public Task<int> PendingChangesAsync(CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Outbox, m => m.ProcessedAt == null, cancellationToken);

    private async Task<SearchResult> RunAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await state.WaitAsync(TimeSpan.FromSeconds(15), cancellationToken);
        try
        {
            return await index.SearchAsync(query, cancellationToken);
        }
        catch (Exception ex) when (ex is not (KnowledgeException or OperationCanceledException))
        {
            logger.LogError(ex, "Search engine {Provider} failed", index.Provider);
            throw KnowledgeException.Unavailable("Search is temporarily unavailable; please try again shortly.");
        }
    }

    private static (int Offset, int Limit) Window(PageRequest page)
    {
        if (page.Last is not null || page.Before is not null)
            throw KnowledgeException.Invalid("last", "search results page forward only (use first/after).");
        var (start, end) = page.Slice(int.MaxValue);
        if (start > MaxOffset) throw KnowledgeException.Invalid("after", $"pages deeper than {MaxOffset} results are not served; refine the query.");
        return (start, end - start);
    }

    private static SearchResults<T> Page<T>(SearchResult result, int offset, bool fallback, Func<SearchHit, T?> hydrate) where T : class
    {
        var items = new List<SearchResultItem<T>>();
        for (var i = 0; i < result.Hits.Count; i++)
        {
            // A hit the database no longer shows to this caller (the index lags a change) is left out, never shown stale.
            if (hydrate(result.Hits[i]) is { } node)
                items.Add(new SearchResultItem<T>(SearchResultItem<T>.CursorAt(offset + i), result.Hits[i].Score, result.Hits[i].Highlights, node));
        }
        return new SearchResults<T>(result.TotalCount, items, offset, result.Facets, result.Suggestion, fallback)
        {
            HasNextPage = offset + result.Hits.Count < result.TotalCount,
        };
    }

    private async Task LogAsync(string text, string? locale, string scope, long count, CancellationToken cancellationToken)
    {
        var cut = text.Length > 200 ? text[..200] : text;
        db.Set<SearchQueryLog>().Add(new SearchQueryLog
        {
            Text = cut,
            NormalizedText = string.Join(' ', cut.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            Locale = locale,
            Scope = scope,
            ResultCount = (int)Math.Min(count, int.MaxValue),
            CallerKind = user.Viewer.Kind,
            At = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
