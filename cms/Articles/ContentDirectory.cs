using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cms.Articles;

/// <summary>
/// Every published locale variant (slug, title, audience) in memory, for resolving [KB: slug] links in the reader's
/// locale. Rebuilt lazily after any publish/unpublish; its <see cref="Version"/> is part of the render cache key.
/// </summary>
public sealed class ContentDirectory(IServiceScopeFactory scopes)
{
    private volatile Snapshot? snapshot;
    private int version;

    public int Version => Volatile.Read(ref version);

    public void Invalidate()
    {
        Interlocked.Increment(ref version);
        snapshot = null;
    }

    /// <summary>A resolver for one reader: the target in the reader's locale chain, if the reader may see it.</summary>
    public async Task<Func<string, KbTarget?>> ResolverAsync(string readerLocale, IReadOnlyList<Audience> audiences, CancellationToken cancellationToken)
    {
        var current = snapshot ?? await BuildAsync(cancellationToken);
        return slug =>
        {
            if (!current.ItemBySlug.TryGetValue(slug, out var itemId)) return null;
            var variants = current.Variants[itemId].Where(v => audiences.Contains(v.Audience)).ToList();
            if (variants.Count == 0) return null;
            var chain = Locales.FallbackChain(readerLocale, variants[0].SourceLocale);
            var chosen = chain.Select(l => variants.FirstOrDefault(v => v.Locale == l)).FirstOrDefault(v => v is not null) ?? variants[0];
            return new KbTarget(chosen.Slug, chosen.Title, chosen.Locale);
        };
    }

    private async Task<Snapshot> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        var rows = await (from v in db.ContentVariants.AsNoTracking()
                          join r in db.ContentRevisions.AsNoTracking() on new { v.Id, Number = v.PublishedRevision ?? -1 } equals new { Id = r.VariantId, r.Number }
                          select new Entry(v.ItemId, v.Locale, v.Slug, r.Title, v.Item!.Audience, v.Item.SourceLocale)).ToListAsync(cancellationToken);
        var built = new Snapshot(rows);
        snapshot = built;
        return built;
    }

    private sealed record Entry(int ItemId, string Locale, string Slug, string Title, Audience Audience, string SourceLocale);

    private sealed class Snapshot(IReadOnlyList<Entry> entries)
    {
        public ILookup<int, Entry> Variants { get; } = entries.ToLookup(e => e.ItemId);

        public IReadOnlyDictionary<string, int> ItemBySlug { get; } = entries
            .OrderBy(e => e.Locale == e.SourceLocale ? 0 : 1)
            .GroupBy(e => e.Slug).ToDictionary(g => g.Key, g => g.First().ItemId);
    }
}
