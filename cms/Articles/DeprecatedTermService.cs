using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Articles;

/// <summary>The admin-managed list of terms content should no longer use.</summary>
public sealed class DeprecatedTermService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal DeprecatedTermService(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    public async Task<IReadOnlyList<DeprecatedTerm>> ListAsync(CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return await db.DeprecatedTerms.AsNoTracking().OrderBy(t => t.Term).ToListAsync(cancellationToken);
    }

    public async Task<DeprecatedTerm> AddAsync(string? term, string? replacement, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var value = Guard.Required(term, "input.term", 120);
        if (await db.DeprecatedTerms.AnyAsync(t => t.Term == value, cancellationToken))
            throw KnowledgeException.Invalid("input.term", $"'{value}' is already on the list.");
        var entry = new DeprecatedTerm { Term = value, Replacement = Guard.Optional(replacement, "input.replacement", 120), CreatedAt = clock.UtcNow };
        db.DeprecatedTerms.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task<bool> RemoveAsync(string? term, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var value = Guard.Required(term, "input.term", 120);
        return await db.DeprecatedTerms.Where(t => t.Term == value).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
