namespace Knowledge.Cms.Triage;

/// <summary>An agent's correction of triage: a training label and a data point of <c>triageStats</c>.</summary>
public sealed class TriageCorrection
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    /// <summary>What triage had predicted (null when it had no model).</summary>
    public int? PredictedIssueTypeId { get; set; }
    public int IssueTypeId { get; set; }
    public int? PredictedTeamId { get; set; }
    public int? TeamId { get; set; }
    public Tickets.Severity? Severity { get; set; }
    public Tickets.Emotion? Emotion { get; set; }
    /// <summary>The text the label applies to (subject and body), so training needs no join and survives edits.</summary>
    public required string Text { get; set; }
    public string? AgentName { get; set; }
    public DateTime CreatedAt { get; set; }
}
