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
        // Extension point for the escalation, SLA/job and churn branches (see docs/api-guide.md "Subscriptions"):
        // this.AddJobSubscriptions();        // jobProgress(id: ID!): Job!                           topic job.progress
        // this.AddEscalationSubscriptions(); // escalationRaised(tier: AccountTier, teamId: ID): Escalation!  topic escalation.raised (tier, teamId)
        // this.AddChurnSubscriptions();      // churnAlert(minRisk: Float): ChurnAlert!               topic churn.alert (risk)
    }
}
