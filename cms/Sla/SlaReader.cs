using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Sla;

/// <summary>Reads tickets' SLA clocks, batched by ticket id (staff only).</summary>
public sealed class SlaReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal SlaReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public async Task<IReadOnlyDictionary<int, TicketSla>> GetByTicketIdsAsync(IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return await db.Set<TicketSla>().AsNoTracking().Where(s => ticketIds.Contains(s.TicketId)).ToDictionaryAsync(s => s.TicketId, cancellationToken);
    }
}
