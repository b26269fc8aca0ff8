namespace Knowledge.Cms.Tickets;

/// <summary>A new ticket as a customer or an integration submits it.</summary>
public sealed record CreateTicketCommand(
    string? Subject,
    string? Body,
    int? AccountId = null,
    int? RequesterId = null,
    Channel? Channel = null,
    string? Language = null,
    int? IssueTypeId = null,
    Priority? Priority = null,
    IReadOnlyList<string>? Tags = null);
