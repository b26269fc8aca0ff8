using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Knowledge.Schema.Tickets;
using Knowledge.Cms.Tickets;
using GraphQL.Types;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Teams;

namespace Knowledge.Schema.Escalations;

public sealed class EscalationGraphType : ObjectGraphType<Escalation>
{
    public EscalationGraphType()
    {
        Name = "Escalation";
        Description = "A ticket raised beyond normal routing, with the reasons. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the escalation.").Resolve(c => GlobalId.Encode("Escalation", c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("Global id of the escalated ticket.").Resolve(c => GlobalId.Encode("Ticket", c.Source.TicketId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why: a code and its evidence, e.g. `legal-threat: anwalt`, `enterprise-high-priority: ENTERPRISE account with P1`.").Resolve(c => c.Source.Reasons);
        Field(e => e.Level).Description("1 (team lead) to 3 (management).");
        Field<TeamGraphType>("team").Description("The team that owns the ticket.")
            .Resolve(c => c.LoadOne<TeamReader, Team>("escalation.team", c.Source.TeamId, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct)));
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was raised.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("acknowledgedAt").Description("When someone took it on.").Resolve(c => c.Source.AcknowledgedAt);
        Field<StringGraphType>("acknowledgedBy").Description("Who took it on (the agent's key name).").Resolve(c => c.Source.AcknowledgedBy);
        Field<TicketGraphType>("ticket").Description("The escalated ticket.")
            .Resolve(c => c.LoadOne<TicketReader, Ticket>("escalation.ticket", c.Source.TicketId, (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
        Field<NonNullGraphType<EscalationHandoffGraphType>>("handoff").Description("Account summary, recent tickets and CSAT, renewal, risk and a suggested approach.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<EscalationReader>().HandoffAsync(c.Source, c.CancellationToken));
    }
}
