using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Sla;

/// <summary>
/// Sets a ticket's first-response and resolution deadlines from the escalation matrix cell of its account's tier and
/// its priority, counted in the cell's business calendar (in the account's time zone unless the calendar names one),
/// and keeps the ticket's SLA clock (<see cref="TicketSla"/>) for the scheduler. Runs inside the caller's unit of work.
/// </summary>
internal sealed class SlaPlanner(KnowledgeDbContext db, SlaPolicies policies, IOptions<SlaOptions> options)
{
    public async Task ApplyAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var account = ticket.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Tier, a.TimeZone }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var tier = account?.Tier ?? options.Value.TierWithoutAccount;
        var policy = await policies.FindAsync(tier, ticket.Priority, cancellationToken);
        var deadlines = SlaDeadlines.Compute(policy, ticket.Priority, account?.TimeZone, ticket.CreatedAt, options.Value.WarnAtFraction);
        ticket.FirstResponseDueAt = deadlines.FirstResponseDueAt;
        ticket.ResolutionDueAt = deadlines.ResolutionDueAt;

        var state = ticket.Id == 0 ? null : await db.Set<TicketSla>().FirstOrDefaultAsync(s => s.TicketId == ticket.Id, cancellationToken);
        if (state is null)
        {
            state = new TicketSla { Ticket = ticket, CalendarSlug = deadlines.CalendarSlug, TimeZone = deadlines.TimeZone };
            db.Add(state);
        }
        // A priority change moves the deadlines; milestones already raised stay raised (each is raised once per ticket).
        state.Tier = tier;
        state.Priority = ticket.Priority;
        state.CalendarSlug = deadlines.CalendarSlug;
        state.TimeZone = deadlines.TimeZone;
        state.BusinessHours = deadlines.BusinessHours;
        state.FirstResponseMinutes = deadlines.FirstResponseMinutes;
        state.ResolutionMinutes = deadlines.ResolutionMinutes;
        state.FirstResponseDueAt = deadlines.FirstResponseDueAt;
        state.ResolutionDueAt = deadlines.ResolutionDueAt;
        state.FirstResponseWarnAt = deadlines.FirstResponseWarnAt;
        state.ResolutionWarnAt = deadlines.ResolutionWarnAt;
        state.ComputedAt = ticket.UpdatedAt;
    }
}
