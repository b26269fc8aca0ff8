using GraphQL.Types;
using Knowledge.Schema.Articles;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Realtime;

/// <summary>
/// The subscription root (graphql-transport-ws over WebSocket at /graphql). Each feature adds its fields with an
/// extension method built on <see cref="EventFields.FromEvents"/>.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events over WebSocket (graphql-transport-ws at /graphql). Each field re-reads its subject as the subscriber.";
        this.AddTicketSubscriptions();
        this.AddArticleSubscriptions();
        // EXTENSION POINT for the jobs, escalation and churn branches (their types are not on this branch). Each adds
        // one extension method in its feature folder, called here, shaped like TicketSubscriptionFields:
        //   subscription.Field<NonNullGraphType<JobGraphType>>("jobProgress").Description(…).Requires(AccessLevel.Staff)
        //       .Argument<NonNullGraphType<IdGraphType>>("id", …)
        //       .FromEvents("job.progress", c => { var id = GlobalId.Expect(c.GetArgument<string>("id"), "Job", "id"); return e => e.EntityId == id; },
        //                   async (sp, e, ct) => /* the job read by e.EntityId as the subscriber, null if not visible */);
        //   escalationRaised(tier: AccountTier, teamId: ID): Escalation!  topic "escalation.raised", attributes tier (enum name) and teamId:
        //       EventFields.AttributeEquals("tier", tier?.ToString()).And(EventFields.AttributeEquals("teamId", teamId))
        //   churnAlert(minRisk: Float): ChurnAlert!  topic "churn.alert", attribute risk (invariant "0.87"):
        //       EventFields.AttributeAtLeast("risk", c.GetArgument<double?>("minRisk"))
        // Publish each event after the commit with IEventBus.PublishAsync(new DomainEvent(topic, id, attributes), CancellationToken.None).
    }
}
