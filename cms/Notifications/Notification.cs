using Knowledge.Cms.Common;

namespace Knowledge.Cms.Notifications;

/// <summary>
/// A message to a person or role about an escalated ticket, kept as an inbox row (the <c>notifications</c> query) and
/// delivered on the event bus (the <c>notificationReceived</c> subscription). Delivery time is measured against the
/// moment the escalation was raised. E-mail is not sent: the product has no mail transport; an integration that
/// subscribes does that.
/// </summary>
public sealed class Notification : IEntity
{
    public int Id { get; set; }
    public NotificationKind Kind { get; set; }
    public NotificationRole Role { get; set; }
    /// <summary>The person, when the product knows who holds the role (CSM, team lead, assignee); null for role-addressed ones.</summary>
    public string? RecipientName { get; set; }
    public string? RecipientEmail { get; set; }
    public int TicketId { get; set; }
    public int? EscalationId { get; set; }
    public int? AccountId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>When the escalation was raised (or the follow-up fell due): the start of the delivery deadline.</summary>
    public DateTime RaisedAt { get; set; }
    /// <summary>Delivery deadline (<c>Sla:NotificationDeadline</c> after <see cref="RaisedAt"/>).</summary>
    public DateTime DueBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    /// <summary>Measured delivery delay, <see cref="DeliveredAt"/> − <see cref="RaisedAt"/>, in seconds.</summary>
    public double? DeliverySeconds { get; set; }
    public DateTime? AcknowledgedAt { get; set; }

    public bool? DeadlineMet => DeliveredAt is { } delivered ? delivered <= DueBy : null;
}
