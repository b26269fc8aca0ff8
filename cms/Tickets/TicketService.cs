using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Knowledge.Cms.Languages;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Tickets;

/// <summary>Creates tickets, adds messages and applies agents' changes.</summary>
public sealed class TicketService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly LanguageDetector languages;
    private readonly IEventBus bus;
    private readonly ITicketTriage triage;
    private readonly Sla.SlaPlanner sla;

    internal TicketService(KnowledgeDbContext db, ICurrentUser user, IClock clock, LanguageDetector languages, IEventBus bus, ITicketTriage triage, Sla.SlaPlanner sla)
    {
        this.sla = sla;
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.languages = languages;
        this.bus = bus;
        this.triage = triage;
    }

    public async Task<Ticket> CreateAsync(CreateTicketCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var subject = Guard.Required(command.Subject, "input.subject", TicketLimits.SubjectMaxLength);
        var body = Guard.Required(command.Body, "input.body", TicketLimits.BodyMaxLength);
        var language = command.Language is null ? DetectLanguage(subject, body) : Locales.Language(Guard.Locale(command.Language, "input.language"));
        var (accountId, requesterId) = await ResolveRequesterAsync(command.AccountId, command.RequesterId, cancellationToken);
        var now = clock.UtcNow;
        var ticket = new Ticket
        {
            Subject = subject,
            Body = body,
            Channel = command.Channel ?? Channel.Web,
            Language = language,
            Status = TicketStatus.New,
            Priority = command.Priority ?? Priority.P3,
            AccountId = accountId,
            RequesterId = requesterId,
            Tags = Guard.Tags(command.Tags, "input.tags").ToList(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (command.IssueTypeId is { } issueTypeId) await SetIssueTypeAsync(ticket, issueTypeId, cancellationToken);
        ticket.Messages.Add(new TicketMessage
        {
            Kind = MessageKind.Customer,
            Body = body,
            AuthorContactId = requesterId,
            CreatedAt = now,
        });
        db.Tickets.Add(ticket);
        var afterCommit = await triage.OnCreatingAsync(ticket,
            new TicketCreationHints(LanguageGiven: true, command.Priority is not null, command.IssueTypeId is not null), cancellationToken);
        await sla.ApplyAsync(ticket, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The id exists only after the insert; a crash between these two saves leaves the new ticket out of the search
        // index until the next rebuildSearchIndex (updates and messages below are written atomically with their row).
        db.Outbox.Add(TicketChanged(ticket.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        if (afterCommit is not null) await afterCommit(cancellationToken);
        await TicketEvents.PublishUpdatedAsync(bus, ticket);
        return ticket;
    }

    public async Task<(Ticket Ticket, TicketMessage Message)> AddMessageAsync(AddMessageCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var body = Guard.Required(command.Body, "input.body", TicketLimits.MessageMaxLength);
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == command.TicketId, cancellationToken)
                     ?? throw KnowledgeException.NotFound("Ticket", command.TicketId.ToString());
        if (command.AuthorAgentId is { } agentId && !await db.Agents.AnyAsync(a => a.Id == agentId, cancellationToken))
            throw KnowledgeException.NotFound("Agent", agentId.ToString());
        if (command.AuthorContactId is { } contactId && !await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
            throw KnowledgeException.NotFound("Contact", contactId.ToString());
        var now = clock.UtcNow;
        var previousStatus = ticket.Status;
        var message = new TicketMessage
        {
            TicketId = ticket.Id,
            Kind = command.Kind,
            Body = body,
            AuthorAgentId = command.AuthorAgentId,
            AuthorContactId = command.AuthorContactId,
            AuthorName = command.AuthorAgentId is null && command.AuthorContactId is null ? user.Viewer.KeyName : null,
            CreatedAt = now,
        };
        switch (command.Kind)
        {
            case MessageKind.Agent:
                ticket.FirstRespondedAt ??= now;
                if (ticket.Status is TicketStatus.New) ticket.Status = TicketStatus.Open;
                break;
            case MessageKind.Customer when ticket.Status is TicketStatus.AwaitingCustomer or TicketStatus.Resolved:
                ticket.Status = TicketStatus.Open;
                ticket.ResolvedAt = null;
                break;
        }
        ticket.UpdatedAt = now;
        db.TicketMessages.Add(message);
        RecordAgentChange(ticket, "status", previousStatus, ticket.Status, "message added");
        var afterCommit = command.Kind == MessageKind.Customer
            ? await triage.OnCustomerMessageAsync(ticket, message, previousStatus, cancellationToken)
            : null;
        await sla.OnStatusChangedAsync(ticket, previousStatus, now, cancellationToken);
        db.Outbox.Add(TicketChanged(ticket.Id, now));
        await db.SaveWithConcurrencyAsync("Ticket", cancellationToken);
        if (afterCommit is not null) await afterCommit(cancellationToken);
        await TicketEvents.PublishUpdatedAsync(bus, ticket);
        return (ticket, message);
    }

    public async Task<Ticket> UpdateAsync(UpdateTicketCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == command.TicketId, cancellationToken)
                     ?? throw KnowledgeException.NotFound("Ticket", command.TicketId.ToString());
        ConcurrencyCheck.Expect(ticket.Version, command.ExpectedVersion, "Ticket");
        var now = clock.UtcNow;
        if (command.Status is { } status && status != ticket.Status)
        {
            var previousStatus = ticket.Status;
            RecordAgentChange(ticket, "status", ticket.Status, status, "updateTicket");
            ticket.Status = status;
            ticket.ResolvedAt = status is TicketStatus.Resolved or TicketStatus.Closed ? ticket.ResolvedAt ?? now : null;
            await sla.OnStatusChangedAsync(ticket, previousStatus, now, cancellationToken);
        }
        if (command.Priority is { } priority && priority != ticket.Priority)
        {
            RecordAgentChange(ticket, "priority", ticket.Priority, priority, "updateTicket");
            ticket.Priority = priority;
            ticket.UpdatedAt = now;
            await sla.ApplyAsync(ticket, cancellationToken);
        }
        if (command.IssueTypeId is { } issueTypeId) await SetIssueTypeAsync(ticket, issueTypeId, cancellationToken);
        if (command.TeamId is { } teamId)
        {
            if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)) throw KnowledgeException.NotFound("Team", teamId.ToString());
            RecordAgentChange(ticket, "team", ticket.TeamId, teamId, "updateTicket");
            ticket.TeamId = teamId;
        }
        if (command.ClearAssignee)
        {
            RecordAgentChange(ticket, "assignee", ticket.AssigneeId, null, "updateTicket");
            ticket.AssigneeId = null;
        }
        else if (command.AssigneeId is { } assigneeId)
        {
            if (!await db.Agents.AnyAsync(a => a.Id == assigneeId, cancellationToken)) throw KnowledgeException.NotFound("Agent", assigneeId.ToString());
            RecordAgentChange(ticket, "assignee", ticket.AssigneeId, assigneeId, "updateTicket");
            ticket.AssigneeId = assigneeId;
        }
        if (command.Tags is not null) ticket.Tags = Guard.Tags(command.Tags, "input.tags").ToList();
        if (command.Csat is { } csat) ticket.Csat = Guard.Range(csat, 1, 5, "input.csat");
        ticket.UpdatedAt = now;
        db.Outbox.Add(TicketChanged(ticket.Id, now));
        await db.SaveWithConcurrencyAsync("Ticket", cancellationToken);
        await TicketEvents.PublishUpdatedAsync(bus, ticket);
        return ticket;
    }

    /// <summary>Keeps a person's change to status, priority, team or assignee in the ticket's history.</summary>
    private void RecordAgentChange(Ticket ticket, string field, object? oldValue, object? newValue, string? reason)
    {
        if (Equals(oldValue, newValue)) return;
        static string? Text(object? v) => v is Enum e ? EnumNames.ConstantCase(e) : v?.ToString();
        db.TicketEvents.Add(new TicketEvent
        {
            TicketId = ticket.Id, Field = field, OldValue = Text(oldValue), NewValue = Text(newValue), ActorKind = TicketActorKind.Agent,
            ActorName = user.Viewer.KeyName, Reason = reason, At = clock.UtcNow,
        });
    }

    private async Task<(int? AccountId, int? RequesterId)> ResolveRequesterAsync(int? accountId, int? requesterId, CancellationToken cancellationToken)
    {
        if (requesterId is { } contactId)
        {
            var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken)
                          ?? throw KnowledgeException.NotFound("Contact", contactId.ToString());
            if (accountId is { } given && given != contact.AccountId)
                throw KnowledgeException.Invalid("input.requesterId", "the requester belongs to a different account than input.accountId.");
            return (contact.AccountId, contactId);
        }
        if (accountId is { } id && !await db.Accounts.AnyAsync(a => a.Id == id, cancellationToken))
            throw KnowledgeException.NotFound("Account", id.ToString());
        return (accountId, null);
    }

    private async Task SetIssueTypeAsync(Ticket ticket, int issueTypeId, CancellationToken cancellationToken)
    {
        var issueType = await db.IssueTypes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == issueTypeId, cancellationToken)
                        ?? throw KnowledgeException.NotFound("IssueType", issueTypeId.ToString());
        ticket.IssueTypeId = issueType.Id;
        ticket.TeamId ??= issueType.OwningTeamId;
        ticket.Severity ??= issueType.DefaultSeverity;
    }

    /// <summary>The ticket's language when the input names none; English when no natural-language text is left to judge.</summary>
    private string DetectLanguage(string subject, string body)
    {
        var detection = languages.Detect(subject + "\n\n" + body);
        return detection.IsDetermined ? detection.Language : "en";
    }
    /// <summary>Tells the search indexer (through the transactional outbox) to re-read this ticket.</summary>
    private static Knowledge.Cms.Events.OutboxMessage TicketChanged(int ticketId, DateTime now) =>
        new() { Topic = Knowledge.Cms.Events.OutboxTopics.TicketChanged, EntityId = ticketId, CreatedAt = now };
}
