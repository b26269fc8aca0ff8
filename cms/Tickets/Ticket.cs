using Knowledge.Cms.Common;

namespace Knowledge.Cms.Tickets;

/// <summary>A customer's support request and its triage state.</summary>
public sealed class Ticket : IEntity
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public Channel Channel { get; set; }
    /// <summary>Language code of the customer's text.</summary>
    public string Language { get; set; } = "en";
    public TicketStatus Status { get; set; }
    public Priority Priority { get; set; }
    public Severity? Severity { get; set; }
    public Emotion? Emotion { get; set; }
    public int? IssueTypeId { get; set; }
    public int? TeamId { get; set; }
    public int? AssigneeId { get; set; }
    public int? RequesterId { get; set; }
    public int? AccountId { get; set; }
    public List<string> Tags { get; set; } = [];
    /// <summary>Customer satisfaction, 1–5, once rated.</summary>
    public int? Csat { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FirstResponseDueAt { get; set; }
    public DateTime? ResolutionDueAt { get; set; }
    public DateTime? FirstRespondedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }
    public List<TicketMessage> Messages { get; set; } = [];
}
