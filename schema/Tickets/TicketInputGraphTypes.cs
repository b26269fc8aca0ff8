using GraphQL.Types;
using Knowledge.Cms.Common;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Tickets;

public sealed class TicketFilterGraphType : InputObjectGraphType<TicketFilter>
{
    public TicketFilterGraphType()
    {
        Name = "TicketFilter";
        Description = "Conditions on tickets; all given ones must hold.";
        Field<ListGraphType<NonNullGraphType<TicketStatusGraphType>>>("statuses").Description("Any of these statuses.");
        Field<ListGraphType<NonNullGraphType<PriorityGraphType>>>("priorities").Description("Any of these priorities.");
        Field<IdGraphType>("teamId").Description("Owned by this team.");
        Field<IdGraphType>("assigneeId").Description("Assigned to this agent.");
        Field<IdGraphType>("accountId").Description("From this account.");
        Field<IdGraphType>("issueTypeId").Description("Of this issue type.");
        Field<StringGraphType>("language").Description("In this language (code).");
        Field<ChannelGraphType>("channel").Description("From this channel.");
        Field<DateTimeGraphType>("createdAfter").Description("Created at or after this instant.");
        Field<DateTimeGraphType>("createdBefore").Description("Created before this instant.");
        Field<StringGraphType>("subjectContains").Description("Part of the subject.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TicketFilter(
        value.List<TicketStatus>("statuses"), value.List<Priority>("priorities"),
        value.Id("teamId", "Team", "where.teamId"), value.Id("assigneeId", "Agent", "where.assigneeId"),
        value.Id("accountId", "Account", "where.accountId"), value.Id("issueTypeId", "IssueType", "where.issueTypeId"),
        value.Value<string>("language"), value.Value<Channel?>("channel"), value.Value<DateTime?>("createdAfter"),
        value.Value<DateTime?>("createdBefore"), value.Value<string>("subjectContains"));
}

public sealed class TicketOrderGraphType : InputObjectGraphType<TicketOrder>
{
    public TicketOrderGraphType()
    {
        Name = "TicketOrder";
        Description = "One sort key for tickets; several are applied in order.";
        Field<NonNullGraphType<TicketOrderFieldGraphType>>("field").Description("What to sort by.");
        Field<SortDirectionGraphType>("direction").Description("ASC (default) or DESC.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new TicketOrder(value.Value<TicketOrderField>("field"), value.Value<SortDirection?>("direction") ?? SortDirection.Asc);
}

public sealed class CreateTicketInputGraphType : InputObjectGraphType<CreateTicketCommand>
{
    public CreateTicketInputGraphType()
    {
        Name = "CreateTicketInput";
        Description = "A new ticket. Triage (classification, priority, routing) runs on creation.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Subject line (1–300 characters).");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The customer's message.");
        Field<IdGraphType>("accountId").Description("Customer account; taken from the requester when omitted.");
        Field<IdGraphType>("requesterId").Description("The contact who raised it.");
        Field<ChannelGraphType>("channel").Description("Where it came in (default WEB).");
        Field<StringGraphType>("language").Description("Language code; detected when omitted.");
        Field<IdGraphType>("issueTypeId").Description("Known issue type, when the portal already asked.");
        Field<PriorityGraphType>("priority").Description("Priority override.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Free tags.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateTicketCommand(
        value.Value<string>("subject"), value.Value<string>("body"), value.Id("accountId", "Account", "input.accountId"),
        value.Id("requesterId", "Contact", "input.requesterId"), value.Value<Channel?>("channel"), value.Value<string>("language"),
        value.Id("issueTypeId", "IssueType", "input.issueTypeId"), value.Value<Priority?>("priority"), value.List<string>("tags"));
}

public sealed class AddTicketMessageInputGraphType : InputObjectGraphType<AddMessageCommand>
{
    public AddTicketMessageInputGraphType()
    {
        Name = "AddTicketMessageInput";
        Description = "A message to add to a ticket's thread.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("Text of the message.");
        Field<MessageKindGraphType>("kind").Description("AGENT reply (default), CUSTOMER message or INTERNAL_NOTE.");
        Field<IdGraphType>("authorAgentId").Description("The agent writing it.");
        Field<IdGraphType>("authorContactId").Description("The customer contact writing it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddMessageCommand(
        GlobalId.Expect(value.Value<string>("ticketId"), "Ticket", "input.ticketId"), value.Value<string>("body"),
        value.Value<MessageKind?>("kind") ?? MessageKind.Agent,
        value.Id("authorAgentId", "Agent", "input.authorAgentId"), value.Id("authorContactId", "Contact", "input.authorContactId"));
}

public sealed class UpdateTicketInputGraphType : InputObjectGraphType<UpdateTicketCommand>
{
    public UpdateTicketInputGraphType()
    {
        Name = "UpdateTicketInput";
        Description = "An agent's changes to a ticket; omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ticket.");
        Field<IntGraphType>("expectedVersion").Description("The `version` you read; a stale write fails with CONFLICT.");
        Field<TicketStatusGraphType>("status").Description("New status.");
        Field<PriorityGraphType>("priority").Description("New priority (SLA due times follow).");
        Field<IdGraphType>("issueTypeId").Description("New issue type.");
        Field<IdGraphType>("teamId").Description("New owning team.");
        Field<IdGraphType>("assigneeId").Description("New assignee; null unassigns.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Replaces the tags.");
        Field<IntGraphType>("csat").Description("Customer satisfaction 1–5.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateTicketCommand(
        GlobalId.Expect(value.Value<string>("id"), "Ticket", "input.id"), value.Value<int?>("expectedVersion"),
        value.Value<TicketStatus?>("status"), value.Value<Priority?>("priority"),
        value.Id("issueTypeId", "IssueType", "input.issueTypeId"), value.Id("teamId", "Team", "input.teamId"),
        value.Id("assigneeId", "Agent", "input.assigneeId"),
        ClearAssignee: value.Has("assigneeId") && value["assigneeId"] is null,
        Tags: value.List<string>("tags"), Csat: value.Value<int?>("csat"));
}
