using Knowledge.Cms.Data;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Triage;

/// <summary>Reads triage decisions, escalations, ticket history and model versions, batched by ticket id.</summary>
public sealed class TriageReader
{
    private readonly KnowledgeDbContext db;

    internal TriageReader(KnowledgeDbContext db) => this.db = db;

    public async Task<IReadOnlyDictionary<int, TicketTriage>> GetTriageByTicketIdsAsync(IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken) =>
        await db.TicketTriages.AsNoTracking().Where(t => ticketIds.Contains(t.TicketId)).ToDictionaryAsync(t => t.TicketId, cancellationToken);

    public async Task<ILookup<int, Escalation>> GetEscalationsByTicketIdsAsync(IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken) =>
        (await db.Escalations.AsNoTracking().Where(e => ticketIds.Contains(e.TicketId)).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken))
        .ToLookup(e => e.TicketId);

    public async Task<ILookup<int, TicketEvent>> GetEventsByTicketIdsAsync(IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken) =>
        (await db.TicketEvents.AsNoTracking().Where(e => ticketIds.Contains(e.TicketId)).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken))
        .ToLookup(e => e.TicketId);

    public async Task<IReadOnlyList<ModelVersion>> ListModelsAsync(ModelKind? kind, CancellationToken cancellationToken) =>
        await db.ModelVersions.AsNoTracking().Where(m => kind == null || m.Kind == kind)
            .OrderBy(m => m.Kind).ThenByDescending(m => m.Number).ToListAsync(cancellationToken);
}
