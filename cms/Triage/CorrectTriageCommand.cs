using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage;

/// <summary>An agent's correction of a ticket's triage; becomes a training label.</summary>
public sealed record CorrectTriageCommand(int TicketId, int IssueTypeId, int? TeamId = null, Severity? Severity = null, Emotion? Emotion = null, string? Reason = null);
