using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// The one escalation trigger that time alone can fire: once a minute, open tickets whose resolution is due within
/// <see cref="TriageOptions.SlaImminentHours"/> (or overdue) and that have no SLA escalation yet get one, written with
/// its ticket event in one transaction and published after the commit.
/// </summary>
internal sealed class SlaEscalationSweeper(IServiceScopeFactory scopes, DatabaseState database, IOptions<TriageOptions> options,
    IClock clock, IEventBus bus, ILogger<SlaEscalationSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TicketStatus[] Open = [TicketStatus.New, TicketStatus.Open, TicketStatus.Escalated];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken);
                if (database.IsReady) await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "SLA escalation sweep failed; retrying in a minute");
            }
        }
    }

    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        var now = clock.UtcNow;
        var horizon = now.AddHours(options.Value.SlaImminentHours);
        var due = await db.Tickets.Where(t => Open.Contains(t.Status) && t.ResolutionDueAt != null && t.ResolutionDueAt <= horizon && t.ResolutionDueAt >= now.AddDays(-1))
            .OrderBy(t => t.ResolutionDueAt).Take(100).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var ids = due.Select(t => t.Id).ToList();
        var already = (await db.Escalations.AsNoTracking().Where(e => ids.Contains(e.TicketId)).Select(e => new { e.TicketId, e.Reasons }).ToListAsync(cancellationToken))
            .Where(e => e.Reasons.Any(r => r.StartsWith("sla-", StringComparison.Ordinal))).Select(e => e.TicketId).ToHashSet();
        var raised = new List<Escalation>();
        foreach (var ticket in due.Where(t => !already.Contains(t.Id)))
        {
            var hours = (ticket.ResolutionDueAt!.Value - now).TotalHours;
            var reason = hours <= 0 ? "sla-breached" : $"sla-imminent: resolution due in {hours:F1} h";
            var escalation = new Escalation { Ticket = ticket, AccountId = ticket.AccountId, TeamId = ticket.TeamId, Reasons = [reason], Level = hours <= 0 ? 2 : 1, CreatedAt = now };
            db.Escalations.Add(escalation);
            if (ticket.Status != TicketStatus.Escalated)
            {
                db.TicketEvents.Add(new TicketEvent
                {
                    Ticket = ticket, Field = "status", OldValue = EnumNames.ConstantCase(ticket.Status), NewValue = "ESCALATED",
                    ActorKind = TicketActorKind.Rule, ActorName = "sla-escalation", Reason = reason, At = now,
                });
                ticket.Status = TicketStatus.Escalated;
            }
            raised.Add(escalation);
        }
        await db.SaveChangesAsync(cancellationToken);
        var accountIds = raised.Where(e => e.AccountId != null).Select(e => e.AccountId!.Value).Distinct().ToList();
        var tiers = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Tier, cancellationToken);
        foreach (var escalation in raised)
        {
            var attributes = new Dictionary<string, string> { ["ticketId"] = escalation.TicketId.ToString(), ["level"] = escalation.Level.ToString() };
            if (escalation.AccountId is { } accountId && tiers.TryGetValue(accountId, out var tier)) attributes["tier"] = EnumNames.ConstantCase(tier);
            if (escalation.TeamId is { } teamId) attributes["teamId"] = teamId.ToString();
            await bus.PublishAsync(new DomainEvent(EscalationTopics.Raised, escalation.Id, attributes), cancellationToken);
        }
        return raised.Count;
    }
}
