namespace Knowledge.Cms.Notifications;

/// <summary>
/// A reminder that fires once, through the SLA scheduler, at <see cref="DueAt"/>: the follow-up 24 hours after an
/// executive contact's ticket escalated. Claimed and completed in one transaction, so it fires once across instances.
/// </summary>
public sealed class ScheduledFollowUp
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public int EscalationId { get; set; }
    /// <summary>The executive contact to follow up with.</summary>
    public int? ContactId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
