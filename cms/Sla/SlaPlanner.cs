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
        var schedule = policy?.Calendar?.ScheduleFor(account?.TimeZone) ?? BusinessSchedule.Always;

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
        state.FirstResponseWarnAt = deadlines.FirstResponseWarnAt;
        // Time already spent waiting on the customer still does not count against the recomputed resolution target.
        var paused = TimeSpan.FromMinutes(state.PausedMinutes);
        state.ResolutionDueAt = schedule.Add(deadlines.ResolutionDueAt, paused);
        state.ResolutionWarnAt = schedule.Add(deadlines.ResolutionWarnAt, paused);
        state.ComputedAt = ticket.UpdatedAt;
        // Triage may answer a new ticket from the KB and leave it waiting on the customer from the start.
        if (ticket.Status == TicketStatus.AwaitingCustomer) state.PausedAt ??= ticket.UpdatedAt;
        ticket.FirstResponseDueAt = state.FirstResponseDueAt;
        ticket.ResolutionDueAt = state.ResolutionDueAt;
    }

    /// <summary>
    /// Pauses the resolution clock while the ticket waits on the customer and, when it stops waiting, moves the
    /// resolution deadline and its 80% point by the open (business) time that passed, so a customer who answers late
    /// does not leave the agent with a breached ticket. A breach already recorded stays recorded. Runs inside the
    /// caller's unit of work; tickets without an SLA clock are left alone.
    /// </summary>
    public async Task OnStatusChangedAsync(Ticket ticket, TicketStatus previous, DateTime now, CancellationToken cancellationToken)
    {
        if (previous == ticket.Status || (previous != TicketStatus.AwaitingCustomer && ticket.Status != TicketStatus.AwaitingCustomer)) return;
        var state = db.Set<TicketSla>().Local.FirstOrDefault(s => ReferenceEquals(s.Ticket, ticket) || (ticket.Id != 0 && s.TicketId == ticket.Id))
                    ?? (ticket.Id == 0 ? null : await db.Set<TicketSla>().FirstOrDefaultAsync(s => s.TicketId == ticket.Id, cancellationToken));
        if (state is null) return;
        if (ticket.Status == TicketStatus.AwaitingCustomer)
        {
            state.PausedAt ??= now;
            return;
        }
        if (state.PausedAt is not { } since) return;
        state.PausedAt = null;
        var calendar = state.BusinessHours
            ? await db.Set<BusinessCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == state.CalendarSlug, cancellationToken)
            : null;
        var schedule = calendar?.ScheduleFor(state.TimeZone) ?? BusinessSchedule.Always;
        var paused = schedule.Elapsed(since, now);
        if (paused <= TimeSpan.Zero) return;
        state.PausedMinutes += (int)Math.Ceiling(paused.TotalMinutes);
        if (state.ResolutionBreachedAt is not null) return;
        state.ResolutionDueAt = schedule.Add(state.ResolutionDueAt, paused);
        if (state.ResolutionWarnedAt is null) state.ResolutionWarnAt = schedule.Add(state.ResolutionWarnAt, paused);
        ticket.ResolutionDueAt = state.ResolutionDueAt;
    }
}
