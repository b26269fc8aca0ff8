using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Knowledge.Cms.Taxonomy;

/// <summary>
/// Reads the taxonomy. It is small and labels public content, so anyone may read it; it is served from a cached
/// snapshot that <see cref="TaxonomyService"/> drops on every change.
/// </summary>
public sealed class TaxonomyReader
{
    internal const string CacheKey = "taxonomy:snapshot";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly KnowledgeDbContext db;
    private readonly IMemoryCache cache;

    internal TaxonomyReader(KnowledgeDbContext db, IMemoryCache cache)
    {
        this.db = db;
        this.cache = cache;
    }

    public async Task<TaxonomySnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out TaxonomySnapshot? snapshot) && snapshot is not null) return snapshot;
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var subcategories = await db.Subcategories.AsNoTracking().ToListAsync(cancellationToken);
        var issueTypes = await db.IssueTypes.AsNoTracking().ToListAsync(cancellationToken);
        snapshot = new TaxonomySnapshot(categories, subcategories, issueTypes);
        cache.Set(CacheKey, snapshot, Lifetime);
        return snapshot;
    }

    public async Task<IReadOnlyList<Category>> ListCategoriesAsync(CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).Categories;

    public async Task<IReadOnlyDictionary<int, IssueType>> GetIssueTypesByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        return ids.Where(snapshot.IssueTypesById.ContainsKey).ToDictionary(id => id, id => snapshot.IssueTypesById[id]);
    }

    public async Task<IReadOnlyDictionary<int, Category>> GetCategoriesByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        return ids.Where(snapshot.CategoriesById.ContainsKey).ToDictionary(id => id, id => snapshot.CategoriesById[id]);
    }

    public async Task<IReadOnlyDictionary<int, Subcategory>> GetSubcategoriesByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        return ids.Where(snapshot.SubcategoriesById.ContainsKey).ToDictionary(id => id, id => snapshot.SubcategoriesById[id]);
    }
}
