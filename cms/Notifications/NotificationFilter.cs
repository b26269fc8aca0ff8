namespace Knowledge.Cms.Notifications;

/// <summary>Conditions on notifications; all given ones must hold.</summary>
public sealed record NotificationFilter(NotificationRole? Role, string? RecipientEmail, int? TicketId, NotificationKind? Kind, bool? Delivered);
