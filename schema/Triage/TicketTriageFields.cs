using GraphQL.Types;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage;
using Knowledge.Schema.Escalations;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Triage;

/// <summary>Triage's fields on Ticket (kept here so the ticket type stays small).</summary>
public static class TicketTriageFields
{
    public static void AddTriageFields(this ObjectGraphType<Ticket> ticket)
    {
        ticket.Field<TriageResultGraphType>("triage").Description("Triage's decision for this ticket; null when it was created before triage ran.")
            .Resolve(c => new MappedResult<TicketTriage, TriageDecision>(
                c.LoadOne<TriageReader, TicketTriage>("ticket.triage", c.Source.Id, (r, ids, ct) => r.GetTriageByTicketIdsAsync(ids, ct)), TriageDetails.ToDecision));
        ticket.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationGraphType>>>>("escalations").Description("Escalations raised on this ticket, oldest first.")
            .Resolve(c => c.LoadMany<TriageReader, Escalation>("ticket.escalations", c.Source.Id, (r, ids, ct) => r.GetEscalationsByTicketIdsAsync(ids, ct)));
        ticket.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketEventGraphType>>>>("events").Description("History of status, priority, team, assignee and issue-type changes: who or what, and why.")
            .Resolve(c => c.LoadMany<TriageReader, TicketEvent>("ticket.events", c.Source.Id, (r, ids, ct) => r.GetEventsByTicketIdsAsync(ids, ct)));
    }
}
