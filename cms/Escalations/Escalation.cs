namespace Knowledge.Cms.Escalations;

/// <summary>A ticket that needs attention beyond normal routing, with the reasons it was raised.</summary>
public sealed class Escalation : Knowledge.Cms.Common.IEntity
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public Tickets.Ticket? Ticket { get; set; }
    public int? AccountId { get; set; }
    public int? TeamId { get; set; }
    /// <summary>Machine-readable reasons, e.g. <c>legal-threat</c>, <c>enterprise-high-priority</c>.</summary>
    public List<string> Reasons { get; set; } = [];
    /// <summary>1 (team lead) to 3 (management), rising with the number and weight of the reasons.</summary>
    public int Level { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    /// <summary>The agent (API key name) who took the escalation on.</summary>
    public string? AcknowledgedBy { get; set; }
    /// <summary>When the SLA scheduler claimed the escalation and wrote its notifications (null: not yet).</summary>
    public DateTime? NotificationsPlannedAt { get; set; }
}
