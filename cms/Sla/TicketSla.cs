using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Sla;

/// <summary>
/// A ticket's SLA clock: which policy and calendar set its deadlines, when 80% of each target is used, and which
/// milestones the scheduler has already claimed (each is raised once, whatever the number of instances or restarts).
/// Tickets created before SLA policies existed have no row and are not swept.
/// </summary>
public sealed class TicketSla
{
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public AccountTier Tier { get; set; }
    public Priority Priority { get; set; }
    public required string CalendarSlug { get; set; }
    /// <summary>The IANA zone the deadlines were computed in.</summary>
    public required string TimeZone { get; set; }
    public bool BusinessHours { get; set; }
    public int FirstResponseMinutes { get; set; }
    public int ResolutionMinutes { get; set; }
    public DateTime FirstResponseDueAt { get; set; }
    public DateTime ResolutionDueAt { get; set; }
    public DateTime FirstResponseWarnAt { get; set; }
    public DateTime ResolutionWarnAt { get; set; }
    public DateTime? FirstResponseWarnedAt { get; set; }
    public DateTime? FirstResponseBreachedAt { get; set; }
    public DateTime? ResolutionWarnedAt { get; set; }
    public DateTime? ResolutionBreachedAt { get; set; }
    /// <summary>Since when the ticket has been waiting on the customer (the resolution clock is paused); null while it runs.</summary>
    public DateTime? PausedAt { get; set; }
    /// <summary>Open (business) minutes spent waiting on the customer so far; the resolution deadline moves by them.</summary>
    public int PausedMinutes { get; set; }
    public DateTime ComputedAt { get; set; }
}
