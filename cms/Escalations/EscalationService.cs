using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Escalations;

/// <summary>Changes to escalations made by people: taking one on (acknowledging it).</summary>
public sealed class EscalationService
{
    private const int MaxNoteLength = 2_000;
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal EscalationService(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    /// <summary>
    /// Marks the escalation as taken on by the caller. The claim is one conditional UPDATE, so of two agents acknowledging
    /// at once exactly one wins; the other gets CONFLICT naming who took it. The ticket's history records it.
    /// </summary>
    public async Task<Escalation> AcknowledgeAsync(int id, string? note, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > MaxNoteLength) throw KnowledgeException.Invalid("input.note", $"must be at most {MaxNoteLength} characters.");
        var by = user.Viewer.KeyName ?? "unknown";
        var now = clock.UtcNow;
        Escalation? escalation = null;
        await db.InTransactionAsync(async ct =>
        {
            var claimed = await db.Escalations.Where(e => e.Id == id && e.AcknowledgedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.AcknowledgedAt, now).SetProperty(e => e.AcknowledgedBy, by), ct);
            escalation = await db.Escalations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
                         ?? throw KnowledgeException.NotFound("Escalation", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (claimed == 0)
                throw KnowledgeException.Conflict($"The escalation was already acknowledged by {escalation.AcknowledgedBy ?? "someone"} at {escalation.AcknowledgedAt:u}.");
            db.TicketEvents.Add(new TicketEvent
            {
                TicketId = escalation.TicketId, Field = "escalation", OldValue = "open", NewValue = "acknowledged",
                ActorKind = TicketActorKind.Agent, ActorName = by, Reason = note ?? string.Join(", ", escalation.Reasons), At = now,
            });
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return escalation!;
    }
}
