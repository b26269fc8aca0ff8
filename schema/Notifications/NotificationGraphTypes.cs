using GraphQL.Types;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Escalations;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Notifications;

public sealed class NotificationGraphType : ObjectGraphType<Notification>
{
    public NotificationGraphType()
    {
        Name = "Notification";
        Description = "A message to a person or role about an escalated ticket, delivered on `notificationReceived`. E-mail is not sent by the product. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the notification.").Resolve(c => GlobalId.Encode("Notification", c.Source.Id));
        Field<NonNullGraphType<NotificationKindGraphType>>("kind").Description("Escalation or follow-up.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<NotificationRoleGraphType>>("role").Description("The role notified.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("recipientName").Description("The person holding the role, when known (CSM, team lead, assignee).").Resolve(c => c.Source.RecipientName);
        Field<StringGraphType>("recipientEmail").Description("Their e-mail address, when known.").Resolve(c => c.Source.RecipientEmail);
        Field<NonNullGraphType<StringGraphType>>("title").Description("One-line summary.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("body").Description("Reasons and what to do.").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<DateTimeGraphType>>("raisedAt").Description("When the escalation was raised (or the follow-up fell due).").Resolve(c => c.Source.RaisedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("dueBy").Description("Delivery deadline (5 minutes after raisedAt by default).").Resolve(c => c.Source.DueBy);
        Field<DateTimeGraphType>("deliveredAt").Description("When it was delivered on the event bus.").Resolve(c => c.Source.DeliveredAt);
        Field<FloatGraphType>("deliverySeconds").Description("Measured delay deliveredAt − raisedAt, in seconds.").Resolve(c => c.Source.DeliverySeconds);
        Field<BooleanGraphType>("deadlineMet").Description("Whether it was delivered by dueBy; null while pending.").Resolve(c => c.Source.DeadlineMet);
        Field<TicketGraphType>("ticket").Description("The ticket concerned.")
            .Resolve(c => c.LoadOne<TicketReader, Ticket>("notification.ticket", c.Source.TicketId, (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
        Field<EscalationGraphType>("escalation").Description("The escalation that caused it.")
            .Resolve(c => c.LoadOne<EscalationReader, Escalation>("notification.escalation", c.Source.EscalationId, (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
    }
}

public sealed class NotificationRoleGraphType : EnumerationGraphType<NotificationRole>
{
    public NotificationRoleGraphType()
    {
        Name = "NotificationRole";
        Description = "Who an escalation notifies: TEAM_LEAD, CSM, ON_CALL, EXECUTIVE_SPONSOR, ASSIGNEE.";
    }
}

public sealed class NotificationKindGraphType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindGraphType()
    {
        Name = "NotificationKind";
        Description = "ESCALATION (an escalation was raised) or FOLLOW_UP (the scheduled follow-up after an executive's escalation).";
    }
}

public sealed class NotificationFilterGraphType : InputObjectGraphType<NotificationFilter>
{
    public NotificationFilterGraphType()
    {
        Name = "NotificationFilter";
        Description = "Conditions on notifications; all given ones must hold.";
        Field<NotificationRoleGraphType>("role").Description("Addressed to this role.");
        Field<StringGraphType>("recipientEmail").Description("Addressed to this person (case-insensitive).");
        Field<IdGraphType>("ticketId").Description("About this ticket.");
        Field<NotificationKindGraphType>("kind").Description("Of this kind.");
        Field<BooleanGraphType>("delivered").Description("Delivered already (true) or still pending (false).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new NotificationFilter(
        value.Value<NotificationRole?>("role"), value.Value<string>("recipientEmail"), value.Id("ticketId", "Ticket", "where.ticketId"),
        value.Value<NotificationKind?>("kind"), value.Value<bool?>("delivered"));
}
