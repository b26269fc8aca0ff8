namespace Knowledge.Cms.Tickets;

/// <summary>Lifecycle of a ticket.</summary>
public enum TicketStatus
{
    New,
    Open,
    AwaitingCustomer,
    Escalated,
    Resolved,
    Closed,
}
