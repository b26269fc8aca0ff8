using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Sla;

/// <summary>
/// One cell of the escalation matrix: for a tier and a priority, the first-response and resolution targets (in the
/// calendar's open time), the agent level the ticket needs and who hears of its escalations.
/// </summary>
public sealed class SlaPolicy : IEntity
{
    public int Id { get; set; }
    public AccountTier Tier { get; set; }
    public Priority Priority { get; set; }
    /// <summary>First public agent reply due within this many minutes of open time.</summary>
    public int FirstResponseMinutes { get; set; }
    /// <summary>Resolution due within this many minutes of open time.</summary>
    public int ResolutionMinutes { get; set; }
    public int CalendarId { get; set; }
    public BusinessCalendar? Calendar { get; set; }
    /// <summary>The least senior agent routing should pick for such a ticket.</summary>
    public Seniority RequiredSeniority { get; set; }
    /// <summary>Roles notified when a ticket of this cell escalates.</summary>
    public List<NotificationRole> Notify { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    /// <summary>The API key that last changed the row (<c>system</c> for defaults).</summary>
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
