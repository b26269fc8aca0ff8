using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Search;

/// <summary>Admin management of synonym sets; every change takes effect on the next query (no re-index).</summary>
public sealed class SynonymService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly SynonymCatalog catalog;
    private readonly IClock clock;

    internal SynonymService(KnowledgeDbContext db, ICurrentUser user, SynonymCatalog catalog, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.catalog = catalog;
        this.clock = clock;
    }

    public async Task<IReadOnlyList<SynonymSet>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<SynonymSet>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public async Task<SynonymSet> CreateAsync(string? locale, IReadOnlyList<string>? terms, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var set = new SynonymSet
        {
            Locale = locale is null ? null : Guard.Locale(locale, "input.locale"),
            Terms = Terms(terms),
            CreatedAt = clock.UtcNow,
            UpdatedAt = clock.UtcNow,
        };
        db.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return set;
    }

    public async Task<SynonymSet> UpdateAsync(int id, string? locale, IReadOnlyList<string>? terms, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var set = await db.Set<SynonymSet>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                  ?? throw KnowledgeException.NotFound("SynonymSet", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        set.Locale = locale is null ? null : Guard.Locale(locale, "input.locale");
        set.Terms = Terms(terms);
        set.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return set;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var deleted = await db.Set<SynonymSet>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) throw KnowledgeException.NotFound("SynonymSet", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        catalog.Invalidate();
        return true;
    }

    private void RequireAdmin()
    {
        if (!user.Viewer.IsAdmin) throw KnowledgeException.Forbidden("Only admins manage synonym sets.");
    }

    private static List<string> Terms(IReadOnlyList<string>? terms)
    {
        var list = (terms ?? []).Select((t, i) => Guard.Required(t, $"input.terms[{i}]", 100))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count is < 2 or > 50) throw KnowledgeException.Invalid("input.terms", $"a synonym set needs 2 to 50 distinct phrases (got {list.Count}).");
        return list;
    }
}
