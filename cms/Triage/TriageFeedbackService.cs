using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// Agents' corrections (labels for the next training run) and the statistics that compare triage with them. A ticket
/// counts as reviewed once an agent corrected it or it was resolved or closed; it was right when its final issue type
/// is the predicted one. A misroute is a reviewed ticket whose final team differs from the predicted team. Shadow
/// mode switches to active when accuracy reaches <see cref="TriageOptions.ActivationAccuracy"/>.
/// </summary>
public sealed class TriageFeedbackService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly TriageModels models;
    private readonly TriageOptions options;
    private readonly IClock clock;

    internal TriageFeedbackService(KnowledgeDbContext db, ICurrentUser user, TriageModels models, IOptions<TriageOptions> options, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.models = models;
        this.options = options.Value;
        this.clock = clock;
    }

    public TriageMode EffectiveMode => options.Mode == TriageMode.Active || models.ActivatedFromShadow ? TriageMode.Active : TriageMode.Shadow;

    public async Task<Ticket> CorrectAsync(CorrectTriageCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == command.TicketId, cancellationToken)
                     ?? throw KnowledgeException.NotFound("Ticket", command.TicketId.ToString());
        var issueType = await db.IssueTypes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.IssueTypeId, cancellationToken)
                        ?? throw KnowledgeException.NotFound("IssueType", command.IssueTypeId.ToString());
        var teamId = command.TeamId ?? issueType.OwningTeamId;
        if (command.TeamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, cancellationToken)) throw KnowledgeException.NotFound("Team", t.ToString());
        var triage = await db.TicketTriages.AsNoTracking().FirstOrDefaultAsync(x => x.TicketId == ticket.Id, cancellationToken);
        var now = clock.UtcNow;
        var reason = Guard.Optional(command.Reason, "input.reason", 500) ?? "triage correction";
        db.TriageCorrections.Add(new TriageCorrection
        {
            TicketId = ticket.Id, PredictedIssueTypeId = triage?.IssueTypeId, IssueTypeId = issueType.Id, PredictedTeamId = triage?.TeamId, TeamId = teamId,
            Severity = command.Severity, Emotion = command.Emotion, Text = $"{ticket.Subject}\n{ticket.Body}", AgentName = user.Viewer.KeyName, CreatedAt = now,
        });
        Record(ticket, "issueType", ticket.IssueTypeId, issueType.Id, reason, now);
        Record(ticket, "team", ticket.TeamId, teamId, reason, now);
        if (ticket.TeamId != teamId) ticket.AssigneeId = null;
        ticket.IssueTypeId = issueType.Id;
        ticket.TeamId = teamId;
        ticket.Severity = command.Severity ?? ticket.Severity;
        ticket.Emotion = command.Emotion ?? ticket.Emotion;
        ticket.Tags.Remove(TicketTriageService.QueueTag);
        ticket.UpdatedAt = now;
        await db.SaveWithConcurrencyAsync("Ticket", cancellationToken);
        await SwitchToActiveIfEarnedAsync(cancellationToken);
        return ticket;
    }

    public async Task<TriageStats> StatsAsync(DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var end = to ?? clock.UtcNow.AddDays(1);
        var start = from ?? end.AddDays(-30);
        if (start > end) throw KnowledgeException.Invalid("from", "must not be after 'to'.");
        var rows = await (
            from tr in db.TicketTriages.AsNoTracking()
            join t in db.Tickets.AsNoTracking() on tr.TicketId equals t.Id
            where tr.CreatedAt >= start && tr.CreatedAt < end
            select new Row(tr.CreatedAt, tr.Queued, tr.IssueTypeId, tr.TeamId, t.IssueTypeId, t.TeamId, t.Status,
                db.TriageCorrections.Any(c => c.TicketId == t.Id))).ToListAsync(cancellationToken);
        var reviewed = rows.Where(r => r.Reviewed).ToList();
        var daily = rows.GroupBy(r => r.At.Date).OrderBy(g => g.Key).Select(g =>
        {
            var rev = g.Where(r => r.Reviewed).ToList();
            return new TriageStatsBucket(DateTime.SpecifyKind(g.Key, DateTimeKind.Utc), g.Count(), rev.Count, Ratio(rev, r => r.Right), Ratio(rev.Where(r => r.PredictedTeam is not null).ToList(), r => r.Misrouted));
        }).ToList();
        return new TriageStats(start, end, rows.Count, rows.Count(r => r.Queued), reviewed.Count, rows.Count(r => r.Corrected),
            Ratio(reviewed, r => r.Right), Ratio(reviewed.Where(r => r.PredictedTeam is not null).ToList(), r => r.Misrouted), EffectiveMode, daily);
    }

    private async Task SwitchToActiveIfEarnedAsync(CancellationToken cancellationToken)
    {
        if (EffectiveMode == TriageMode.Active) return;
        var rows = await (
            from tr in db.TicketTriages.AsNoTracking()
            join t in db.Tickets.AsNoTracking() on tr.TicketId equals t.Id
            select new Row(tr.CreatedAt, tr.Queued, tr.IssueTypeId, tr.TeamId, t.IssueTypeId, t.TeamId, t.Status,
                db.TriageCorrections.Any(c => c.TicketId == t.Id))).ToListAsync(cancellationToken);
        var reviewed = rows.Where(r => r.Reviewed).ToList();
        if (reviewed.Count < options.ActivationMinimumReviewed || Ratio(reviewed, r => r.Right) < options.ActivationAccuracy) return;
        var accuracy = Ratio(reviewed, r => r.Right)!.Value;
        var state = await db.TriageStates.FirstOrDefaultAsync(cancellationToken);
        if (state is null) db.TriageStates.Add(state = new TriageState());
        state.Mode = TriageMode.Active;
        state.ChangedAt = clock.UtcNow;
        state.Reason = $"accuracy {accuracy:P1} on {reviewed.Count} reviewed tickets reached {options.ActivationAccuracy:P0}";
        await db.SaveChangesAsync(cancellationToken);
        models.ActivatedFromShadow = true;
    }

    private static double? Ratio(IReadOnlyCollection<Row> rows, Func<Row, bool> predicate) =>
        rows.Count == 0 ? null : Math.Round(rows.Count(predicate) / (double)rows.Count, 4);

    private void Record(Ticket ticket, string field, int? oldValue, int? newValue, string reason, DateTime at)
    {
        if (oldValue == newValue) return;
        db.TicketEvents.Add(new TicketEvent
        {
            TicketId = ticket.Id, Field = field, OldValue = oldValue?.ToString(), NewValue = newValue?.ToString(),
            ActorKind = TicketActorKind.Agent, ActorName = user.Viewer.KeyName, Reason = reason, At = at,
        });
    }

    private sealed record Row(DateTime At, bool Queued, int? PredictedIssueType, int? PredictedTeam, int? FinalIssueType, int? FinalTeam, TicketStatus Status, bool Corrected)
    {
        public bool Reviewed => Corrected || Status is TicketStatus.Resolved or TicketStatus.Closed;

        public bool Right => PredictedIssueType is not null && PredictedIssueType == FinalIssueType;

        public bool Misrouted => PredictedTeam != FinalTeam;
    }
}
