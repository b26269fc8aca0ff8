using System.Globalization;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Sla;

/// <summary>
/// Raises an escalation when an open ticket has used 80% of its first-response or resolution target (business
/// time, precomputed in <see cref="TicketSla"/>) and again when the target is breached. Each milestone is claimed
/// with a conditional update inside the transaction that writes the escalation and the ticket's history, so it is
/// raised once across restarts and instances; events are published after the commit.
/// </summary>
internal sealed class SlaMilestoneSweep(KnowledgeDbContext db, EscalationPublisher publisher, IEventBus bus, IClock clock, IOptions<SlaOptions> options)
{
    // Awaiting the customer pauses escalation (the ball is in their court); the milestone fires once they reply.
    private static readonly TicketStatus[] Open = [TicketStatus.New, TicketStatus.Open, TicketStatus.Escalated];

    private sealed record Candidate(int TicketId, TicketSla Sla, DateTime? FirstRespondedAt, DateTime? ResolvedAt);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var candidates = await (
                from s in db.Set<TicketSla>().AsNoTracking()
                join t in db.Tickets.AsNoTracking() on s.TicketId equals t.Id
                where Open.Contains(t.Status) && (
                    (t.FirstRespondedAt == null && ((s.FirstResponseWarnedAt == null && s.FirstResponseWarnAt <= now) || (s.FirstResponseBreachedAt == null && s.FirstResponseDueAt <= now)))
                    || (t.ResolvedAt == null && ((s.ResolutionWarnedAt == null && s.ResolutionWarnAt <= now) || (s.ResolutionBreachedAt == null && s.ResolutionDueAt <= now))))
                orderby s.TicketId
                select new Candidate(t.Id, s, t.FirstRespondedAt, t.ResolvedAt))
            .Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var candidate in candidates)
        {
            foreach (var milestone in Due(candidate, now))
            {
                Escalation? escalation = null;
                await db.InTransactionAsync(async ct => escalation = await RaiseAsync(candidate, milestone, ct), cancellationToken);
                db.ChangeTracker.Clear();
                if (escalation is null) continue;
                raised++;
                await publisher.PublishRaisedAsync(escalation, CancellationToken.None);
                var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == candidate.TicketId, CancellationToken.None);
                await TicketEvents.PublishUpdatedAsync(bus, ticket);
            }
        }
        return raised;
    }

    /// <summary>Per target, the latest milestone reached: a breach found late also marks its 80% point, one escalation.</summary>
    private static IEnumerable<SlaMilestone> Due(Candidate c, DateTime now)
    {
        var s = c.Sla;
        if (c.FirstRespondedAt is null)
        {
            if (s.FirstResponseBreachedAt is null && s.FirstResponseDueAt <= now) yield return SlaMilestone.FirstResponseBreached;
            else if (s.FirstResponseWarnedAt is null && s.FirstResponseWarnAt <= now) yield return SlaMilestone.FirstResponse80;
        }
        if (c.ResolvedAt is null)
        {
            if (s.ResolutionBreachedAt is null && s.ResolutionDueAt <= now) yield return SlaMilestone.ResolutionBreached;
            else if (s.ResolutionWarnedAt is null && s.ResolutionWarnAt <= now) yield return SlaMilestone.Resolution80;
        }
    }

    private async Task<Escalation?> RaiseAsync(Candidate candidate, SlaMilestone milestone, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        if (await ClaimAsync(candidate.TicketId, milestone, now, cancellationToken) == 0) return null;
        var ticket = await db.Tickets.FirstAsync(t => t.Id == candidate.TicketId, cancellationToken);
        var reason = Reason(candidate.Sla, milestone, options.Value.WarnAtFraction);
        var breach = milestone is SlaMilestone.FirstResponseBreached or SlaMilestone.ResolutionBreached;
        var escalation = new Escalation
        {
            Ticket = ticket, AccountId = ticket.AccountId, TeamId = ticket.TeamId, Reasons = [reason], Level = breach ? 2 : 1, CreatedAt = now,
        };
        db.Escalations.Add(escalation);
        db.TicketEvents.Add(new TicketEvent
        {
            Ticket = ticket, Field = "sla", NewValue = Code(milestone), ActorKind = TicketActorKind.Rule,
            ActorName = "sla-scheduler", Reason = reason, At = now,
        });
        if (ticket.Status != TicketStatus.Escalated)
        {
            db.TicketEvents.Add(new TicketEvent
            {
                Ticket = ticket, Field = "status", OldValue = EnumNames.ConstantCase(ticket.Status), NewValue = EnumNames.ConstantCase(TicketStatus.Escalated),
                ActorKind = TicketActorKind.Rule, ActorName = "sla-scheduler", Reason = reason, At = now,
            });
            ticket.Status = TicketStatus.Escalated;
        }
        ticket.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return escalation;
    }

    /// <summary>The conditional update that makes a milestone this instance's: 1 row when it was still unclaimed.</summary>
    private Task<int> ClaimAsync(int ticketId, SlaMilestone milestone, DateTime now, CancellationToken cancellationToken)
    {
        var row = db.Set<TicketSla>().Where(s => s.TicketId == ticketId);
        return milestone switch
        {
            SlaMilestone.FirstResponse80 => row.Where(s => s.FirstResponseWarnedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.FirstResponseWarnedAt, now), cancellationToken),
            SlaMilestone.FirstResponseBreached => row.Where(s => s.FirstResponseBreachedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.FirstResponseBreachedAt, now).SetProperty(s => s.FirstResponseWarnedAt, s => s.FirstResponseWarnedAt ?? now), cancellationToken),
            SlaMilestone.Resolution80 => row.Where(s => s.ResolutionWarnedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ResolutionWarnedAt, now), cancellationToken),
            _ => row.Where(s => s.ResolutionBreachedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ResolutionBreachedAt, now).SetProperty(s => s.ResolutionWarnedAt, s => s.ResolutionWarnedAt ?? now), cancellationToken),
        };
    }

    internal static string Reason(TicketSla sla, SlaMilestone milestone, double warnAtFraction)
    {
        var firstResponse = milestone is SlaMilestone.FirstResponse80 or SlaMilestone.FirstResponseBreached;
        var (minutes, due) = firstResponse ? (sla.FirstResponseMinutes, sla.FirstResponseDueAt) : (sla.ResolutionMinutes, sla.ResolutionDueAt);
        var target = firstResponse ? "first-response" : "resolution";
        var clock = sla.BusinessHours ? $"business hours, {sla.TimeZone}" : "24×7";
        var when = due.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return milestone switch
        {
            SlaMilestone.FirstResponse80 or SlaMilestone.Resolution80 =>
                $"sla-80-{target}: {Math.Round(warnAtFraction * 100)}% of the {Duration(minutes)} {target} target used; due {when} ({clock})",
            _ => $"sla-breached-{target}: the {Duration(minutes)} {target} target passed at {when} ({clock})",
        };
    }

    /// <summary>The milestone as the ticket's history shows it.</summary>
    internal static string Code(SlaMilestone milestone) => milestone switch
    {
        SlaMilestone.FirstResponse80 => "FIRST_RESPONSE_80",
        SlaMilestone.FirstResponseBreached => "FIRST_RESPONSE_BREACHED",
        SlaMilestone.Resolution80 => "RESOLUTION_80",
        _ => "RESOLUTION_BREACHED",
    };

    private static string Duration(int minutes) =>
        minutes % 60 == 0 ? $"{minutes / 60} h" : minutes > 60 ? $"{minutes / 60} h {minutes % 60} min" : $"{minutes} min";
}
