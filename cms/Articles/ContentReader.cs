using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Articles;

/// <summary>
/// Reads knowledge content as the caller may see it: anonymous callers and partners get published variants of
/// the audiences they may read (enforced in the SQL, not by filtering a page); staff also see drafts.
/// </summary>
public sealed class ContentReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal ContentReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public async Task<Page<LocalizedContent>> ListAsync(string? locale, ContentFilter? filter, IReadOnlyList<ContentOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        var requested = locale is null ? null : Guard.Locale(locale, "locale");
        var items = VisibleItems(filter);
        IOrderedQueryable<ContentItem>? ordered = null;
        var orders = orderBy is { Count: > 0 } ? orderBy : [new ContentOrder(ContentOrderField.UpdatedAt, SortDirection.Desc)];
        for (var i = 0; i < orders.Count; i++)
        {
            var q = ordered ?? items;
            ordered = orders[i].Field == ContentOrderField.CreatedAt
                ? q.SortBy(c => c.CreatedAt, orders[i].Direction, i == 0)
                : q.SortBy(c => c.UpdatedAt, orders[i].Direction, i == 0);
        }
        var itemPage = await ordered!.ThenBy(c => c.Id).ToPageAsync(page, cancellationToken);
        var localized = await LocalizeAsync(itemPage.Items, requested, cancellationToken);
        return new Page<LocalizedContent>(localized, itemPage.TotalCount, itemPage.StartOffset);
    }

    /// <summary>The item with this slug (in any locale) read in <paramref name="locale"/> or the nearest fallback.</summary>
    /// <param name="preview">Staff only: show the draft head instead of the published revision.</param>
    public async Task<LocalizedContent?> GetBySlugAsync(string slug, string locale, bool preview, CancellationToken cancellationToken)
    {
        var requested = Guard.Locale(locale, "locale");
        slug = slug.Trim().ToLowerInvariant();
        var candidates = await VisibleVariants().Where(v => v.Slug == slug)
            .Select(v => new { v.ItemId, v.Locale }).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            // Renamed slugs keep resolving.
            candidates = await db.SlugHistory.AsNoTracking().Where(h => h.Slug == slug)
                .Select(h => new { h.ItemId, h.Locale }).ToListAsync(cancellationToken);
        }
        if (candidates.Count == 0) return null;
        var itemId = candidates.OrderBy(c => Locales.Language(c.Locale) == Locales.Language(requested) ? 0 : 1).First().ItemId;
        var item = await VisibleItems(null).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null) return null;
        var localized = await LocalizeAsync([item], requested, cancellationToken, preview && user.Viewer.IsStaff);
        return localized.FirstOrDefault();
    }

    /// <summary>Items by id, each read in <paramref name="locale"/> (or its source locale), for node lookups.</summary>
    public async Task<IReadOnlyDictionary<int, LocalizedContent>> GetLocalizedByIdsAsync(IReadOnlyCollection<int> ids, string? locale, CancellationToken cancellationToken)
    {
        var items = await VisibleItems(null).Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var localized = await LocalizeAsync(items, locale is null ? null : Guard.Locale(locale, "locale"), cancellationToken);
        return localized.ToDictionary(l => l.Item.Id);
    }

    /// <summary>Related items of many items in one go, each read in <paramref name="locale"/> (readable ones only).</summary>
    public async Task<ILookup<int, LocalizedContent>> GetRelatedAsync(IReadOnlyCollection<int> itemIds, string? locale, CancellationToken cancellationToken)
    {
        var links = await db.ContentItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.RelatedItemIds }).ToListAsync(cancellationToken);
        var related = await GetLocalizedByIdsAsync(links.SelectMany(l => l.RelatedItemIds).Distinct().ToList(), locale, cancellationToken);
        return links.SelectMany(l => l.RelatedItemIds.Where(related.ContainsKey).Select(r => (l.Id, Content: related[r]))).ToLookup(x => x.Id, x => x.Content);
    }

    public async Task<IReadOnlyDictionary<int, ContentItem>> GetItemsByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await VisibleItems(null).Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken)).ToDictionary(i => i.Id);

    /// <summary>Every readable locale variant of these items, with the revision a reader sees.</summary>
    public async Task<ILookup<int, LocalizedContent>> GetVariantsAsync(IReadOnlyCollection<ContentItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var variants = await VisibleVariants().Where(v => ids.Contains(v.ItemId)).OrderBy(v => v.Locale).ToListAsync(cancellationToken);
        var revisions = await LoadShownRevisionsAsync(variants, cancellationToken);
        var byId = items.ToDictionary(i => i.Id);
        return variants.Where(v => revisions.ContainsKey(v.Id))
            .Select(v => new LocalizedContent(byId[v.ItemId], v, revisions[v.Id], v.Locale))
            .ToLookup(l => l.Item.Id);
    }

    private IQueryable<ContentItem> VisibleItems(ContentFilter? filter)
    {
        var viewer = user.Viewer;
        var audiences = viewer.ReadableAudiences.ToList();
        var visibleVariants = VisibleVariants();
        var query = db.ContentItems.AsNoTracking()
            .Where(i => audiences.Contains(i.Audience))
            .Where(i => visibleVariants.Any(v => v.ItemId == i.Id));
        if (filter is null) return query;
        return query
            .WhereIf(filter.Kinds is { Count: > 0 }, i => filter.Kinds!.Contains(i.Kind))
            .WhereIf(filter.CategoryId is not null, i => i.CategoryId == filter.CategoryId)
            .WhereIf(filter.Tag is not null, i => i.Tags.Contains(filter.Tag!))
            .WhereIf(filter.Audience is not null, i => i.Audience == filter.Audience)
            .WhereIf(filter.Status is not null, i => i.Variants.Any(v => v.Status == filter.Status));
    }

    private IQueryable<ContentVariant> VisibleVariants()
    {
        var viewer = user.Viewer;
        var query = db.ContentVariants.AsNoTracking();
        if (viewer.IsStaff) return query;
        query = query.Where(v => v.Status == ContentStatus.Published && v.PublishedRevision != null);
        if (viewer.Locales.Count > 0)
        {
            var allowed = viewer.Locales.ToList();
            query = query.Where(v => allowed.Contains(v.Locale) || allowed.Contains(v.Locale.Substring(0, 2)));
        }
        return query;
    }

    private async Task<List<LocalizedContent>> LocalizeAsync(IReadOnlyList<ContentItem> items, string? requested, CancellationToken cancellationToken, bool? preview = null)
    {
        if (items.Count == 0) return [];
        var ids = items.Select(i => i.Id).ToList();
        var variants = await VisibleVariants().Where(v => ids.Contains(v.ItemId)).ToListAsync(cancellationToken);
        var chosen = new List<(ContentItem Item, ContentVariant Variant)>();
        foreach (var item in items)
        {
            var mine = variants.Where(v => v.ItemId == item.Id).ToList();
            var chain = Locales.FallbackChain(requested ?? item.SourceLocale, item.SourceLocale);
            var variant = chain.Select(l => mine.FirstOrDefault(v => string.Equals(v.Locale, l, StringComparison.OrdinalIgnoreCase)))
                              .FirstOrDefault(v => v is not null)
                          ?? mine.FirstOrDefault(v => Locales.Language(v.Locale) == Locales.Language(requested ?? item.SourceLocale))
                          ?? mine.OrderBy(v => v.Locale).FirstOrDefault();
            if (variant is not null) chosen.Add((item, variant));
        }
        var revisions = await LoadShownRevisionsAsync(chosen.Select(c => c.Variant).ToList(), cancellationToken, preview);
        return chosen.Where(c => revisions.ContainsKey(c.Variant.Id))
            .Select(c => new LocalizedContent(c.Item, c.Variant, revisions[c.Variant.Id], requested ?? c.Item.SourceLocale))
            .ToList();
    }

    /// <summary>Readers see the published revision; staff lists (and previews) show the draft head.</summary>
    private async Task<Dictionary<int, ContentRevision>> LoadShownRevisionsAsync(IReadOnlyList<ContentVariant> variants, CancellationToken cancellationToken, bool? preview = null)
    {
        if (variants.Count == 0) return [];
        var head = preview ?? user.Viewer.IsStaff;
        var wanted = variants.ToDictionary(v => v.Id, v => head ? v.CurrentRevision : v.PublishedRevision ?? v.CurrentRevision);
        var variantIds = wanted.Keys.ToList();
        var numbers = wanted.Values.Distinct().ToList();
        var candidates = await db.ContentRevisions.AsNoTracking()
            .Where(r => variantIds.Contains(r.VariantId) && numbers.Contains(r.Number))
            .ToListAsync(cancellationToken);
        return candidates.Where(r => wanted[r.VariantId] == r.Number).ToDictionary(r => r.VariantId);
    }
}
