namespace Knowledge.Cms.Notifications;

/// <summary>Who an escalation notifies: roles, resolved to people where the product knows them.</summary>
public enum NotificationRole
{
    /// <summary>The Lead-level agent of the ticket's team.</summary>
    TeamLead,
    /// <summary>The account's customer success manager.</summary>
    Csm,
    /// <summary>Whoever is on call; addressed by role (the product keeps no rota), e.g. a paging integration subscribes.</summary>
    OnCall,
    /// <summary>The account's executive sponsor on our side; addressed by role.</summary>
    ExecutiveSponsor,
    /// <summary>The agent the ticket is assigned to.</summary>
    Assignee,
}
