using Knowledge.Cms.Accounts;
using Knowledge.Cms.Data;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Knowledge.Cms.Sla;

/// <summary>
/// The escalation matrix as ticket creation, triage and the scheduler read it: cached briefly (every new ticket
/// needs it), dropped on this instance when an admin changes it; other instances see a change within
/// <see cref="CacheFor"/>.
/// </summary>
internal sealed class SlaPolicies(KnowledgeDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private const string Key = "sla:matrix";

    public static void Invalidate(IMemoryCache cache) => cache.Remove(Key);

    /// <summary>The cell of a tier and priority with its calendar; null when the matrix lacks it (before defaults exist).</summary>
    public async Task<SlaPolicy?> FindAsync(AccountTier tier, Priority priority, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault((tier, priority));

    /// <summary>The level routing should require; without a matrix cell, P1 needs a senior as before the matrix existed.</summary>
    public async Task<Seniority> RequiredSeniorityAsync(AccountTier tier, Priority priority, CancellationToken cancellationToken) =>
        (await FindAsync(tier, priority, cancellationToken))?.RequiredSeniority ?? (priority == Priority.P1 ? Seniority.Senior : Seniority.Junior);

    private async Task<IReadOnlyDictionary<(AccountTier, Priority), SlaPolicy>> AllAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out IReadOnlyDictionary<(AccountTier, Priority), SlaPolicy>? cached) && cached is not null) return cached;
        var rows = await db.Set<SlaPolicy>().AsNoTracking().Include(p => p.Calendar).ToListAsync(cancellationToken);
        var matrix = rows.ToDictionary(p => (p.Tier, p.Priority));
        cache.Set(Key, (IReadOnlyDictionary<(AccountTier, Priority), SlaPolicy>)matrix, CacheFor);
        return matrix;
    }
}
