using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// Applies triage decisions to tickets: in active mode it sets issue type, team, priority and assignee (or sends
/// the ticket to the triage queue), records escalations and KB replies; in shadow mode it only records the decision.
/// Every change it makes is kept as a <see cref="TicketEvent"/>.
/// </summary>
internal sealed class TicketTriageService : ITicketTriage
{
    public const string QueueTag = "triage-queue";
    public const string AutoReplyTag = "auto-reply";

    private readonly KnowledgeDbContext db;
    private readonly TriageEngine engine;
    private readonly TriageModels models;
    private readonly TriageOptions options;
    private readonly EscalationPublisher publisher;
    private readonly IClock clock;

    internal TicketTriageService(KnowledgeDbContext db, TriageEngine engine, TriageModels models, IOptions<TriageOptions> options, EscalationPublisher publisher, IClock clock)
    {
        this.db = db;
        this.engine = engine;
        this.models = models;
        this.options = options.Value;
        this.publisher = publisher;
        this.clock = clock;
    }

    public TriageMode EffectiveMode => options.Mode == TriageMode.Active || models.ActivatedFromShadow ? TriageMode.Active : TriageMode.Shadow;

    public async Task<Func<CancellationToken, Task>?> OnCreatingAsync(Ticket ticket, TicketCreationHints hints, CancellationToken cancellationToken)
    {
        var decision = await engine.DecideAsync(new TriageRequest(ticket.Subject, ticket.Body, hints.LanguageGiven ? ticket.Language : null, ticket.AccountId, RequesterId: ticket.RequesterId), cancellationToken);
        var shadow = EffectiveMode == TriageMode.Shadow;
        db.TicketTriages.Add(new TicketTriage
        {
            Ticket = ticket, IssueTypeId = decision.IssueTypeId, Confidence = decision.Confidence, Severity = decision.Severity,
            Emotion = decision.Emotion, Priority = decision.Priority, TeamId = decision.TeamId, AssigneeId = decision.AssigneeId,
            Queued = decision.Queued, Shadow = shadow, ModelVersion = decision.ModelVersion,
            DetailsJson = TriageDetails.From(decision).ToJson(), CreatedAt = clock.UtcNow,
        });
        if (shadow) return null;

        if (!hints.LanguageGiven) ticket.Language = decision.Language;
        ticket.Severity = decision.Severity;
        ticket.Emotion = decision.Emotion;
        var actor = decision.ModelVersion;
        // An issue type the creator chose wins; triage then routes only if it agrees (its team and agent follow its type).
        var agrees = !hints.IssueTypeGiven || decision.IssueTypeId == ticket.IssueTypeId;
        if (decision.Queued && !hints.IssueTypeGiven)
        {
            AddTag(ticket, QueueTag);
        }
        else if (!decision.Queued && agrees)
        {
            if (!hints.IssueTypeGiven)
            {
                Record(ticket, "issueType", ticket.IssueTypeId, decision.IssueTypeId, TicketActorKind.Triage, actor, $"classified with confidence {decision.Confidence:P0}");
                ticket.IssueTypeId = decision.IssueTypeId;
            }
            Record(ticket, "team", ticket.TeamId, decision.TeamId, TicketActorKind.Triage, actor, "owning team of the issue type");
            ticket.TeamId = decision.TeamId;
            if (decision.AssigneeId is { } assignee)
            {
                Record(ticket, "assignee", null, assignee, TicketActorKind.Triage, actor, decision.RoutingExplanation);
                // The ticket stays NEW: it becomes OPEN when the agent first replies.
                ticket.AssigneeId = assignee;
            }
            foreach (var missing in decision.MissingInformation) AddTag(ticket, "needs-" + missing.Item);
        }
        if (!hints.PriorityGiven && decision.Priority != ticket.Priority)
        {
            Record(ticket, "priority", ticket.Priority, decision.Priority, TicketActorKind.Triage, actor,
                string.Join("; ", decision.PriorityFactors.Select(f => $"{f.Factor} {f.Effect:+0;-0}: {f.Detail}")));
            ticket.Priority = decision.Priority;
        }

        Escalation? escalation = null;
        if (decision.EscalationReasons.Count > 0)
        {
            escalation = new Escalation
            {
                Ticket = ticket, AccountId = ticket.AccountId, TeamId = ticket.TeamId, Reasons = decision.EscalationReasons.ToList(),
                Level = decision.EscalationLevel, CreatedAt = clock.UtcNow,
            };
            db.Escalations.Add(escalation);
            SetStatus(ticket, TicketStatus.Escalated, TicketActorKind.Rule, "escalation-triggers", string.Join("; ", decision.EscalationReasons));
        }
        else if (decision.AutoReply && agrees && decision.KnowledgeMatch is { } match)
        {
            var reply = AutoReplyComposer.Compose(decision.Language, match);
            var send = options.AutoReplyMode == AutoReplyMode.Send;
            ticket.Messages.Add(new TicketMessage
            {
                Kind = send ? MessageKind.Agent : MessageKind.InternalNote,
                Body = send ? reply : AutoReplyComposer.DraftPrefix + reply,
                AuthorName = "Triage", CreatedAt = clock.UtcNow,
            });
            AddTag(ticket, AutoReplyTag);
            AddTag(ticket, "kb:" + match.Slug);
            SetStatus(ticket, TicketStatus.AwaitingCustomer, TicketActorKind.Rule, "auto-reply",
                $"{(send ? "sent" : "drafted")} a reply citing KB article '{match.Slug}' (match {match.Score:F2})");
        }
        return escalation is null ? null : ct => PublishAsync(escalation, ct);
    }

    public async Task<Func<CancellationToken, Task>?> OnCustomerMessageAsync(Ticket ticket, TicketMessage message, TicketStatus previousStatus, CancellationToken cancellationToken)
    {
        if (previousStatus != TicketStatus.AwaitingCustomer || !ticket.Tags.Contains(AutoReplyTag)) return null;
        var found = TriageLexicon.Matches(message.Body.ToLowerInvariant(), TriageLexicon.DidNotHelp);
        if (found.Count == 0) return null;
        var reason = $"auto-reply-rejected: the customer says the suggested article did not help (\"{found[0]}\")";
        var escalation = new Escalation
        {
            Ticket = ticket, AccountId = ticket.AccountId, TeamId = ticket.TeamId, Reasons = [reason], Level = 1, CreatedAt = clock.UtcNow,
        };
        db.Escalations.Add(escalation);
        SetStatus(ticket, TicketStatus.Escalated, TicketActorKind.Rule, "auto-reply-follow-up", reason);
        ticket.Tags.Remove(AutoReplyTag);
        await Task.CompletedTask;
        return ct => PublishAsync(escalation, ct);
    }

    private Task PublishAsync(Escalation escalation, CancellationToken cancellationToken) => publisher.PublishRaisedAsync(escalation, cancellationToken);

    private void SetStatus(Ticket ticket, TicketStatus status, TicketActorKind kind, string actor, string reason)
    {
        if (ticket.Status == status) return;
        Record(ticket, "status", ticket.Status, status, kind, actor, reason);
        ticket.Status = status;
    }

    private void Record(Ticket ticket, string field, object? oldValue, object? newValue, TicketActorKind kind, string actor, string reason)
    {
        if (Equals(oldValue, newValue)) return;
        db.TicketEvents.Add(new TicketEvent
        {
            Ticket = ticket, Field = field, OldValue = Text(oldValue), NewValue = Text(newValue), ActorKind = kind, ActorName = actor,
            Reason = reason.Length > 1000 ? reason[..1000] : reason, At = clock.UtcNow,
        });
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        Enum e => EnumNames.ConstantCase(e),
        _ => value.ToString(),
    };

    private static void AddTag(Ticket ticket, string tag)
    {
        if (!ticket.Tags.Contains(tag) && ticket.Tags.Count < 20) ticket.Tags.Add(tag);
    }
}
