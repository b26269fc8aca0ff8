namespace Knowledge.Cms.Tickets;

/// <summary>Changes an agent makes to a ticket; null leaves a field as is. <c>ExpectedVersion</c> guards against lost updates.</summary>
public sealed record UpdateTicketCommand(
    int TicketId,
    int? ExpectedVersion = null,
    TicketStatus? Status = null,
    Priority? Priority = null,
    int? IssueTypeId = null,
    int? TeamId = null,
    int? AssigneeId = null,
    bool ClearAssignee = false,
    IReadOnlyList<string>? Tags = null,
    int? Csat = null);
