using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Sla;

/// <summary>The escalation matrix root fields and the ticket's SLA clock.</summary>
public static class SlaFields
{
    public static void AddSlaQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EscalationMatrixGraphType>>("escalationMatrix")
            .Description("The escalation matrix: tier × priority → first-response and resolution targets in business time, required agent level, roles notified. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<EscalationMatrixService>()
            .ResolveAsync(async (c, service) => await service.GetAsync(c.CancellationToken));
    }

    public static void AddSlaMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UpdateEscalationMatrixPayloadGraphType>>("updateEscalationMatrix")
            .Description("Creates or changes matrix cells (upsert by tier and priority), all or none. New tickets use the change; existing deadlines stay. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<UpdateEscalationMatrixInputGraphType>>("input", "The cells.")
            .Resolve().WithService<EscalationMatrixService>()
            .ResolveAsync(async (c, service) => await service.UpdatePoliciesAsync(c.GetArgument<List<SlaPolicyInput>>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<SaveBusinessCalendarPayloadGraphType>>("saveBusinessCalendar")
            .Description("Creates or changes a business calendar by slug. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<BusinessCalendarInputGraphType>>("input", "The calendar.")
            .Resolve().WithService<EscalationMatrixService>()
            .ResolveAsync(async (c, service) => await service.SaveCalendarAsync(c.GetArgument<BusinessCalendarInput>("input"), c.CancellationToken));
    }

    /// <summary>The SLA field on Ticket (kept here so the ticket type stays small).</summary>
    public static void AddSlaFields(this ObjectGraphType<Ticket> ticket)
    {
        ticket.Field<TicketSlaGraphType>("sla").Description("The SLA clock behind the due dates; null for tickets opened before SLA policies existed.")
            .Resolve(c => c.LoadOne<SlaReader, TicketSla>("ticket.sla", c.Source.Id, (r, ids, ct) => r.GetByTicketIdsAsync(ids, ct)));
    }
}
