using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Languages;
using Knowledge.Schema.Sla;
using Knowledge.Schema.Taxonomy;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Triage;

namespace Knowledge.Schema.Tickets;

public sealed class TicketGraphType : ObjectGraphType<Ticket>
{
    public TicketGraphType()
    {
        Name = "Ticket";
        Description = "A customer's support request, its thread and its triage state. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("Ticket");
        Field(t => t.Subject).Description("Subject line.");
        Field(t => t.Body).Description("The customer's original message.");
        Field<NonNullGraphType<ChannelGraphType>>("channel").Description("Where it came in.").Resolve(c => c.Source.Channel);
        Field(t => t.Language).Description("Language code of the customer's text.");
        Field<NonNullGraphType<TicketStatusGraphType>>("status").Description("Lifecycle state.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PriorityGraphType>>("priority").Description("P1–P4.").Resolve(c => c.Source.Priority);
        Field<SeverityGraphType>("severity").Description("Technical severity, once classified.").Resolve(c => c.Source.Severity);
        Field<EmotionGraphType>("emotion").Description("Customer emotion, once classified.").Resolve(c => c.Source.Emotion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Free tags.").Resolve(c => c.Source.Tags);
        Field<IntGraphType>("csat").Description("Customer satisfaction 1–5, once rated.").Resolve(c => c.Source.Csat);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the ticket was opened.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change.").Resolve(c => c.Source.UpdatedAt);
        Field<DateTimeGraphType>("firstResponseDueAt").Description("SLA: first agent reply due.").Resolve(c => c.Source.FirstResponseDueAt);
        Field<DateTimeGraphType>("resolutionDueAt").Description("SLA: resolution due.").Resolve(c => c.Source.ResolutionDueAt);
        Field<DateTimeGraphType>("firstRespondedAt").Description("When an agent first replied.").Resolve(c => c.Source.FirstRespondedAt);
        Field<DateTimeGraphType>("resolvedAt").Description("When it was resolved.").Resolve(c => c.Source.ResolvedAt);
        Field(t => t.Version).Description("Concurrency version; pass it as `expectedVersion` to updateTicket.");
        Field<IssueTypeGraphType>("issueType").Description("Classified issue type (with category path).")
            .Resolve(c => c.LoadOne<TaxonomyReader, IssueType>("ticket.issueType", c.Source.IssueTypeId, (r, ids, ct) => r.GetIssueTypesByIdsAsync(ids, ct)));
        Field<TeamGraphType>("team").Description("Owning team.")
            .Resolve(c => c.LoadOne<TeamReader, Team>("ticket.team", c.Source.TeamId, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct)));
        Field<AgentGraphType>("assignee").Description("Assigned agent.")
            .Resolve(c => c.LoadOne<TeamReader, Agent>("ticket.assignee", c.Source.AssigneeId, (r, ids, ct) => r.GetAgentsByIdsAsync(ids, ct)));
        Field<AccountGraphType>("account").Description("The customer account.")
            .Resolve(c => c.LoadOne<AccountReader, Account>("ticket.account", c.Source.AccountId, (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
        Field<ContactGraphType>("requester").Description("The person who raised it.")
            .Resolve(c => c.LoadOne<AccountReader, Contact>("ticket.requester", c.Source.RequesterId, (r, ids, ct) => r.GetContactsByIdsAsync(ids, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketMessageGraphType>>>>("messages")
            .Description("The thread, oldest first, including internal notes (staff only).")
            .Resolve(c => c.LoadMany<TicketReader, TicketMessage>("ticket.messages", c.Source.Id, (r, ids, ct) => r.GetMessagesAsync(ids, true, ct)));
        this.AddTriageFields();
        this.AddTranslationFields();
        this.AddSlaFields();
    }
}
