using GraphQL.Types;
using Knowledge.Schema.Articles;
using Knowledge.Schema.Churn;
using Knowledge.Schema.Escalations;
using Knowledge.Schema.Jobs;
using Knowledge.Schema.Notifications;
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
        this.AddJobSubscriptions();
        this.AddEscalationSubscriptions();
        this.AddChurnSubscriptions();
        this.AddNotificationSubscriptions();
    }
}
