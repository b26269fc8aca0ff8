using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage;

/// <summary>
/// Triage's decision for a ticket, kept whether or not it was applied (shadow mode, triage queue), so that
/// <c>triageStats</c> can compare it with what agents did.
/// </summary>
public sealed class TicketTriage
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public Tickets.Ticket? Ticket { get; set; }
    public int? IssueTypeId { get; set; }
    public double Confidence { get; set; }
    public Severity? Severity { get; set; }
    public Emotion? Emotion { get; set; }
    public Priority Priority { get; set; }
    public int? TeamId { get; set; }
    public int? AssigneeId { get; set; }
    /// <summary>Below the confidence threshold: sent to the triage queue instead of routed.</summary>
    public bool Queued { get; set; }
    /// <summary>Recorded without being applied.</summary>
    public bool Shadow { get; set; }
    /// <summary>e.g. <c>issuetype-v2</c>; <c>none</c> before the first model.</summary>
    public required string ModelVersion { get; set; }
    /// <summary>Explanations, missing information, secondary types, priority factors and KB match, as JSON (<see cref="TriageDetails"/>).</summary>
    public string DetailsJson { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
}
