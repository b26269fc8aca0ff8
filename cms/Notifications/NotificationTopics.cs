namespace Knowledge.Cms.Notifications;

/// <summary>Event bus topics of notifications.</summary>
public static class NotificationTopics
{
    /// <summary>A notification was delivered; entity id = notification id; attributes <c>role</c>, <c>kind</c>, <c>ticketId</c>, <c>recipientEmail</c> (when known).</summary>
    public const string Received = "notification.received";
}
