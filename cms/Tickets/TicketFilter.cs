namespace Knowledge.Cms.Tickets;

/// <summary>Conditions on the tickets list; all given ones must hold.</summary>
public sealed record TicketFilter(
    IReadOnlyList<TicketStatus>? Statuses = null,
    IReadOnlyList<Priority>? Priorities = null,
    int? TeamId = null,
    int? AssigneeId = null,
    int? AccountId = null,
    int? IssueTypeId = null,
    string? Language = null,
    Channel? Channel = null,
    DateTime? CreatedAfter = null,
    DateTime? CreatedBefore = null,
    string? SubjectContains = null);
