using GraphQL.Types;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Triage;

public sealed class TicketActorKindGraphType : EnumerationGraphType<TicketActorKind>
{
    public TicketActorKindGraphType()
    {
        Name = "TicketActorKind";
        Description = "What changed a ticket: TRIAGE (the model), RULE (escalation or auto-reply rules) or AGENT (a person).";
    }
}

public sealed class TicketEventGraphType : ObjectGraphType<TicketEvent>
{
    public TicketEventGraphType()
    {
        Name = "TicketEvent";
        Description = "One change to a ticket's status, priority, team, assignee or issue type. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field(e => e.Field).Description("status, priority, team, assignee, issueType, sla (an SLA milestone: FIRST_RESPONSE_80, FIRST_RESPONSE_BREACHED, RESOLUTION_80, RESOLUTION_BREACHED) or follow-up.");
        Field(e => e.OldValue, nullable: true).Description("The value before (enum name or database id).");
        Field(e => e.NewValue, nullable: true).Description("The value after.");
        Field<NonNullGraphType<TicketActorKindGraphType>>("actorKind").Description("What made the change.").Resolve(c => c.Source.ActorKind);
        Field(e => e.ActorName, nullable: true).Description("The key name, rule or model version.");
        Field(e => e.Reason, nullable: true).Description("Why.");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When.").Resolve(c => c.Source.At);
    }
}
