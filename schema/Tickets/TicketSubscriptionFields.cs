using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Tickets;

/// <summary>The ticket subscription fields.</summary>
public static class TicketSubscriptionFields
{
    public static void AddTicketSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<TicketGraphType>>("ticketUpdated")
            .Description("A ticket was created, changed or got a message (as committed). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<IdGraphType>("teamId", "Only tickets of this team (global id); omit for all.")
            .FromEvents(TicketEvents.Updated,
                c => EventFields.AttributeEquals("teamId", GlobalId.ExpectOptional(c.GetArgument<string?>("teamId"), "Team", "teamId")),
                async (services, e, ct) =>
                    (await services.GetRequiredService<TicketReader>().GetByIdsAsync([e.EntityId], ct)).GetValueOrDefault(e.EntityId));
    }
}
