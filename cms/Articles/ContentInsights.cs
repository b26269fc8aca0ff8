using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Articles;

/// <summary>Editorial views of content: revisions, diffs, translation staleness, freshness and reader feedback.</summary>
public sealed class ContentInsights
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly ContentReader reader;

    internal ContentInsights(KnowledgeDbContext db, ICurrentUser user, IClock clock, ContentReader reader)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.reader = reader;
    }

    public async Task<IReadOnlyList<ContentRevision>> RevisionsAsync(int variantId, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return await db.ContentRevisions.AsNoTracking().Where(r => r.VariantId == variantId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DiffLine>> DiffAsync(int variantId, int from, int to, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var revisions = await db.ContentRevisions.AsNoTracking().Where(r => r.VariantId == variantId && (r.Number == from || r.Number == to)).ToListAsync(cancellationToken);
        var a = revisions.FirstOrDefault(r => r.Number == from) ?? throw KnowledgeException.Invalid("from", $"revision {from} does not exist.");
        var b = revisions.FirstOrDefault(r => r.Number == to) ?? throw KnowledgeException.Invalid("to", $"revision {to} does not exist.");
        var lines = TextDiff.Lines($"# {a.Title}\n\n{a.Body}", $"# {b.Title}\n\n{b.Body}");
        return lines;
    }

    /// <summary>Staleness of translations in one batch: each variant's source revision against the source's published head.</summary>
    public async Task<IReadOnlyDictionary<int, TranslationState>> TranslationStatesAsync(IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken)
    {
        var variants = await db.ContentVariants.AsNoTracking().Where(v => variantIds.Contains(v.Id))
            .Select(v => new { v.Id, v.ItemId, v.Locale, v.SourceRevision, v.Item!.SourceLocale }).ToListAsync(cancellationToken);
        var itemIds = variants.Select(v => v.ItemId).Distinct().ToList();
        var sources = await db.ContentVariants.AsNoTracking().Where(v => itemIds.Contains(v.ItemId) && v.Locale == v.Item!.SourceLocale)
            .Select(v => new { v.ItemId, v.Id, Head = v.PublishedRevision ?? v.CurrentRevision }).ToListAsync(cancellationToken);
        var sourceIds = sources.Select(s => s.Id).ToList();
        var revisionDates = await db.ContentRevisions.AsNoTracking().Where(r => sourceIds.Contains(r.VariantId) && !r.IsConflict)
            .Select(r => new { r.VariantId, r.Number, r.CreatedAt }).ToListAsync(cancellationToken);
        var result = new Dictionary<int, TranslationState>();
        foreach (var variant in variants)
        {
            var source = sources.FirstOrDefault(s => s.ItemId == variant.ItemId);
            if (source is null || variant.Locale == variant.SourceLocale || variant.SourceRevision is not { } from)
            {
                result[variant.Id] = new TranslationState(false, null, variant.SourceRevision, source?.Head ?? 0);
                continue;
            }
            var stale = source.Head > from;
            var since = stale ? revisionDates.Where(r => r.VariantId == source.Id && r.Number > from).Select(r => (DateTime?)r.CreatedAt).Min() : null;
            result[variant.Id] = new TranslationState(stale, since, from, source.Head);
        }
        return result;
    }

    /// <summary>Paragraphs of the source that changed since the translation was made.</summary>
    public async Task<IReadOnlyList<DiffLine>> ChangedSourceParagraphsAsync(LocalizedContent content, CancellationToken cancellationToken)
    {
        var from = content.Variant.SourceRevision;
        if (from is null) return [];
        var source = await db.ContentVariants.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == content.Item.Id && v.Locale == content.Item.SourceLocale, cancellationToken);
        if (source is null) return [];
        var head = source.PublishedRevision ?? source.CurrentRevision;
        if (head <= from) return [];
        var texts = await db.ContentRevisions.AsNoTracking().Where(r => r.VariantId == source.Id && (r.Number == from || r.Number == head))
            .ToDictionaryAsync(r => r.Number, r => r.Body, cancellationToken);
        return texts.TryGetValue(from.Value, out var before) && texts.TryGetValue(head, out var after)
            ? TextDiff.Paragraphs(before, after).Where(d => d.Kind != DiffKind.Unchanged).ToList()
            : [];
    }

    public async Task<IReadOnlyDictionary<int, ArticleStats>> StatsAsync(IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        var views = await db.ArticleViews.AsNoTracking().Where(v => itemIds.Contains(v.ItemId)).GroupBy(v => v.ItemId)
            .Select(g => new { g.Key, Views = g.Sum(v => v.Views) }).ToDictionaryAsync(x => x.Key, x => x.Views, cancellationToken);
        var votes = await db.ArticleRatings.AsNoTracking().Where(r => itemIds.Contains(r.ItemId)).GroupBy(r => r.ItemId)
            .Select(g => new { g.Key, Helpful = g.Count(r => r.Helpful), NotHelpful = g.Count(r => !r.Helpful) }).ToListAsync(cancellationToken);
        return itemIds.ToDictionary(id => id, id =>
        {
            var v = votes.FirstOrDefault(x => x.Key == id);
            return new ArticleStats(id, views.GetValueOrDefault(id), v?.Helpful ?? 0, v?.NotHelpful ?? 0);
        });
    }

    /// <summary>Most viewed readable articles over the last <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<(LocalizedContent Content, ArticleStats Stats)>> MostViewedAsync(int days, int first, string? locale, bool lowHelpfulnessOnly, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        Guard.Range(days, 1, 3650, "days");
        Guard.Range(first, 1, PageRequest.MaxPageSize, "first");
        var since = DateOnly.FromDateTime(clock.UtcNow.AddDays(-days));
        var top = await db.ArticleViews.AsNoTracking().Where(v => v.Day >= since).GroupBy(v => v.ItemId)
            .Select(g => new { ItemId = g.Key, Views = g.Sum(v => v.Views) }).OrderByDescending(x => x.Views).Take(lowHelpfulnessOnly ? 500 : first)
            .ToListAsync(cancellationToken);
        var ids = top.Select(t => t.ItemId).ToList();
        var stats = await StatsAsync(ids, cancellationToken);
        var contents = await reader.GetLocalizedByIdsAsync(ids, locale, cancellationToken);
        return top.Where(t => contents.ContainsKey(t.ItemId))
            .Select(t => (contents[t.ItemId], stats[t.ItemId] with { Views = t.Views }))
            .Where(x => !lowHelpfulnessOnly || x.Item2.HelpfulnessRate is < 0.5)
            .Take(first).ToList();
    }

    /// <summary>Items whose review interval has passed or that mention a deprecated term.</summary>
    public async Task<Page<ReviewDueItem>> ReviewDueAsync(PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var now = clock.UtcNow;
        var overdue = await db.ContentItems.AsNoTracking()
            .Where(i => i.ReviewedAt == null || i.ReviewedAt.Value.AddDays(i.ReviewIntervalDays) < now)
            .OrderBy(i => i.ReviewedAt).ThenBy(i => i.Id)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var terms = await db.DeprecatedTerms.AsNoTracking().Select(t => t.Term).ToListAsync(cancellationToken);
        var mentions = new Dictionary<int, List<string>>();
        foreach (var term in terms)
        {
            var pattern = $"%{term.Replace("%", "").Replace("_", "")}%";
            var hits = await (from v in db.ContentVariants.AsNoTracking()
                              join r in db.ContentRevisions.AsNoTracking() on new { v.Id, Number = v.CurrentRevision } equals new { Id = r.VariantId, r.Number }
                              where EF.Functions.Like(r.Body, pattern) || EF.Functions.Like(r.Title, pattern)
                              select new { v.ItemId, v.Locale, r.Title, r.Body }).ToListAsync(cancellationToken);
            foreach (var hit in hits)
            {
                var lines = (hit.Title + "\n" + hit.Body).Split('\n').Where(l => l.Contains(term, StringComparison.OrdinalIgnoreCase))
                    .Select(l => $"[{hit.Locale}] {l.Trim()}");
                if (!mentions.TryGetValue(hit.ItemId, out var list)) mentions[hit.ItemId] = list = [];
                list.AddRange(lines);
            }
        }
        // Deprecated wording first (it is wrong now), then the longest-unreviewed.
        var ids = mentions.Keys.Order().Concat(overdue.Where(id => !mentions.ContainsKey(id))).ToList();
        var slice = ids.ToPage(page);
        var contents = await reader.GetLocalizedByIdsAsync(slice.Items, null, cancellationToken);
        var items = slice.Items.Where(contents.ContainsKey).Select(id => new ReviewDueItem(contents[id],
            [.. overdue.Contains(id) ? new[] { "REVIEW_INTERVAL_PASSED" } : [], .. mentions.ContainsKey(id) ? new[] { "DEPRECATED_TERM" } : []],
            mentions.GetValueOrDefault(id) ?? [])).ToList();
        return new Page<ReviewDueItem>(items, slice.TotalCount, slice.StartOffset);
    }
}
