using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Knowledge.Cms.Notifications;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Notifications;

/// <summary>The notification root fields: the inbox query and the live subscription.</summary>
public static class NotificationFields
{
    public static void AddNotificationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<NotificationGraphType, Notification>>>("notifications")
            .Description("Escalation notifications and follow-ups, newest first. API keys are not people: filter by `recipientEmail` or `role` for one inbox. Staff only.")
            .Requires(AccessLevel.Staff)
            .PagingArgs()
            .Argument<NotificationFilterGraphType>("where", "Conditions the notifications must meet.")
            .Resolve().WithService<NotificationReader>()
            .ResolveAsync(async (c, reader) => new PageView<Notification>(await reader.ListAsync(c.GetArgument<NotificationFilter?>("where"), c.GetPageRequest(), c.CancellationToken)));
    }

    public static void AddNotificationSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<NotificationGraphType>>("notificationReceived")
            .Description("A notification was delivered (escalations: within 5 minutes of being raised; follow-ups when due). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NotificationRoleGraphType>("role", "Only notifications to this role.")
            .Argument<StringGraphType>("recipientEmail", "Only notifications to this person.")
            .FromEvents(NotificationTopics.Received,
                c => EventFields.AttributeEquals("role", c.GetArgument<NotificationRole?>("role") is { } role ? EnumNames.ConstantCase(role) : null)
                    .And(EventFields.AttributeEquals("recipientEmail", c.GetArgument<string?>("recipientEmail")?.Trim())),
                async (services, e, ct) =>
                    (await services.GetRequiredService<NotificationReader>().GetByIdsAsync([e.EntityId], ct)).GetValueOrDefault(e.EntityId));
    }
}
