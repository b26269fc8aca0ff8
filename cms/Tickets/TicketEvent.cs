namespace Knowledge.Cms.Tickets;

/// <summary>One change to a ticket's status, priority, team or assignee: who or what made it, and why.</summary>
public sealed class TicketEvent
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    /// <summary><c>status</c>, <c>priority</c>, <c>team</c>, <c>assignee</c>, <c>issueType</c>, <c>sla</c> (a milestone or breach) or <c>follow-up</c>.</summary>
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public TicketActorKind ActorKind { get; set; }
    /// <summary>The agent or key name, or the rule or model version.</summary>
    public string? ActorName { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}
