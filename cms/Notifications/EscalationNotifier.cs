using System.Globalization;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Notifications;

/// <summary>
/// Turns each new escalation into notifications for the roles its escalation-matrix cell names — and always the CSM
/// when the requester is an executive contact, with a follow-up 24 hours later. Each escalation is claimed in the
/// database first, so racing instances plan it once.
/// </summary>
internal sealed class EscalationNotifier(KnowledgeDbContext db, SlaPolicies policies, IClock clock, IOptions<SlaOptions> options)
{
    // Escalations older than this when the notifier first sees them (a long outage) are history, not news.
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(1);

    /// <summary>Plans notifications of unclaimed escalations; returns how many notifications were written.</summary>
    public async Task<int> PlanPendingAsync(CancellationToken cancellationToken)
    {
        var since = clock.UtcNow - Horizon;
        var pending = await db.Escalations.AsNoTracking().Where(e => e.NotificationsPlannedAt == null && e.CreatedAt >= since)
            .OrderBy(e => e.Id).Select(e => e.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var id in pending)
        {
            await db.InTransactionAsync(async ct =>
            {
                var now = clock.UtcNow;
                var claimed = await db.Escalations.Where(e => e.Id == id && e.NotificationsPlannedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.NotificationsPlannedAt, now), ct);
                if (claimed == 0) return;
                written += await PlanAsync(id, ct);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            db.ChangeTracker.Clear();
        }
        return written;
    }

    private async Task<int> PlanAsync(int escalationId, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.AsNoTracking().FirstAsync(e => e.Id == escalationId, cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == escalation.TicketId, cancellationToken);
        var account = ticket.AccountId is { } accountId ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken) : null;
        var requester = ticket.RequesterId is { } contactId ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken) : null;
        var executive = requester?.Role == ContactRole.Executive;
        var tier = account?.Tier ?? options.Value.TierWithoutAccount;
        var policy = await policies.FindAsync(tier, ticket.Priority, cancellationToken);
        var roles = (policy?.Notify ?? []).ToList();
        if (executive && !roles.Contains(NotificationRole.Csm)) roles.Insert(0, NotificationRole.Csm);
        if (roles.Count == 0) return 0;

        var followUpAt = escalation.CreatedAt + options.Value.ExecutiveFollowUpAfter;
        var followUp = executive && !await db.Set<ScheduledFollowUp>().AnyAsync(f => f.TicketId == ticket.Id && f.CompletedAt == null, cancellationToken);
        if (followUp)
            db.Add(new ScheduledFollowUp { TicketId = ticket.Id, EscalationId = escalation.Id, ContactId = requester!.Id, DueAt = followUpAt, CreatedAt = clock.UtcNow });

        var who = account is null ? "no account" : $"{account.Name} ({EnumNames.ConstantCase(account.Tier)})";
        var title = Clip($"Escalation level {escalation.Level} on ticket {ticket.Id} \"{ticket.Subject}\" — {who}, {ticket.Priority}", 300);
        var body = new List<string> { "Reasons: " + string.Join("; ", escalation.Reasons) + "." };
        if (executive) body.Add($"Raised by executive contact {requester!.Name}{(requester.Title is null ? "" : $" ({requester.Title})")}.");
        var written = 0;
        foreach (var role in roles)
        {
            var lines = new List<string>(body);
            if (role == NotificationRole.Csm && executive)
                lines.Add($"Reach out to the executive now; a follow-up reminder is due {Text(followUpAt)}.");
            foreach (var (name, email) in await RecipientsAsync(role, escalation, ticket, account, cancellationToken))
            {
                db.Add(New(NotificationKind.Escalation, role, name, email, ticket.Id, escalation.Id, account?.Id, title, string.Join(" ", lines), escalation.CreatedAt));
                written++;
            }
        }
        return written;
    }

    /// <summary>People holding a role for this ticket; one role-addressed entry when the product does not know who holds it.</summary>
    internal async Task<IReadOnlyList<(string? Name, string? Email)>> RecipientsAsync(NotificationRole role, Escalation escalation, Tickets.Ticket ticket,
        Account? account, CancellationToken cancellationToken)
    {
        switch (role)
        {
            case NotificationRole.Csm when account?.CsmOwner is not null || account?.CsmEmail is not null:
                return [(account!.CsmOwner, account.CsmEmail)];
            case NotificationRole.TeamLead when (escalation.TeamId ?? ticket.TeamId) is { } teamId:
                var lead = await db.Agents.AsNoTracking().Where(a => a.TeamId == teamId && a.Seniority == Seniority.Lead)
                    .OrderBy(a => a.Id).Select(a => new { a.Name, a.Email }).FirstOrDefaultAsync(cancellationToken);
                return lead is null ? [(null, null)] : [(lead.Name, lead.Email)];
            case NotificationRole.Assignee:
                if (ticket.AssigneeId is not { } assigneeId) return [];
                var agent = await db.Agents.AsNoTracking().Where(a => a.Id == assigneeId).Select(a => new { a.Name, a.Email }).FirstOrDefaultAsync(cancellationToken);
                return agent is null ? [] : [(agent.Name, agent.Email)];
            default:
                return [(null, null)];
        }
    }

    internal Notification New(NotificationKind kind, NotificationRole role, string? name, string? email, int ticketId, int? escalationId, int? accountId,
        string title, string body, DateTime raisedAt) => new()
    {
        Kind = kind, Role = role, RecipientName = name, RecipientEmail = email?.ToLowerInvariant(), TicketId = ticketId, EscalationId = escalationId,
        AccountId = accountId, Title = title, Body = Clip(body, 4000), RaisedAt = raisedAt, DueBy = raisedAt + options.Value.NotificationDeadline,
        CreatedAt = clock.UtcNow,
    };

    internal static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
