using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Notifications;

/// <summary>
/// Fires due follow-ups: the CSM (and the assignee) get a reminder with the ticket's state now, and the ticket's
/// history records it. Claim, notifications and history are one transaction, so a follow-up fires once.
/// </summary>
internal sealed class FollowUpRunner(KnowledgeDbContext db, EscalationNotifier notifier, IClock clock, IOptions<SlaOptions> options)
{
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await db.Set<ScheduledFollowUp>().AsNoTracking().Where(f => f.CompletedAt == null && f.DueAt <= now)
            .OrderBy(f => f.DueAt).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var fired = 0;
        foreach (var followUp in due)
        {
            await db.InTransactionAsync(async ct =>
            {
                var completedAt = clock.UtcNow;
                var claimed = await db.Set<ScheduledFollowUp>().Where(f => f.Id == followUp.Id && f.CompletedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.CompletedAt, completedAt), ct);
                if (claimed == 0) return;
                await FireAsync(followUp, ct);
                await db.SaveChangesAsync(ct);
                fired++;
            }, cancellationToken);
            db.ChangeTracker.Clear();
        }
        return fired;
    }

    private async Task FireAsync(ScheduledFollowUp followUp, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == followUp.TicketId, cancellationToken);
        var escalation = await db.Escalations.AsNoTracking().FirstAsync(e => e.Id == followUp.EscalationId, cancellationToken);
        var account = ticket.AccountId is { } accountId ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken) : null;
        var contact = followUp.ContactId is { } contactId ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken) : null;
        var person = contact is null ? "the executive contact" : $"{contact.Name}{(contact.Title is null ? "" : $" ({contact.Title})")}";
        var state = ticket.Status is TicketStatus.Resolved or TicketStatus.Closed
            ? $"The ticket is {EnumNames.ConstantCase(ticket.Status)}: confirm with {person} that the fix holds."
            : $"The ticket is still {EnumNames.ConstantCase(ticket.Status)}: call {person} with a status update and a next step.";
        var replied = ticket.FirstRespondedAt is { } at ? $"First reply {EscalationNotifier.Text(at)}." : "No agent has replied publicly yet.";
        var title = $"24-hour follow-up: ticket {ticket.Id} \"{ticket.Subject}\"" + (account is null ? "" : $" — {account.Name}");
        if (title.Length > 300) title = title[..299] + "…";
        foreach (var role in new[] { NotificationRole.Csm, NotificationRole.Assignee })
        {
            foreach (var (name, email) in await notifier.RecipientsAsync(role, escalation, ticket, account, cancellationToken))
                db.Add(notifier.New(NotificationKind.FollowUp, role, name, email, ticket.Id, escalation.Id, account?.Id, title, $"{state} {replied}", followUp.DueAt));
        }
        db.TicketEvents.Add(new TicketEvent
        {
            TicketId = ticket.Id, Field = "follow-up", NewValue = "DUE", ActorKind = TicketActorKind.Rule, ActorName = "sla-scheduler",
            Reason = $"executive follow-up scheduled by escalation {escalation.Id}: {state}", At = clock.UtcNow,
        });
    }
}
