namespace Knowledge.Cms.Notifications;

/// <summary>Why a notification was sent.</summary>
public enum NotificationKind
{
    /// <summary>An escalation was raised on a ticket.</summary>
    Escalation,
    /// <summary>The scheduled follow-up after an executive contact's escalation is due.</summary>
    FollowUp,
}
