namespace Knowledge.Cms.Triage;

/// <summary>The text and context triage decides on.</summary>
/// <param name="Language">The customer's language when known; guessed from the text when null.</param>
/// <param name="TicketId">The ticket itself, excluded from repeat counts (null for a new ticket or a dry run).</param>
/// <param name="ResolutionDueAt">For an existing ticket, its SLA resolution deadline.</param>
public sealed record TriageRequest(string Subject, string Body, string? Language, int? AccountId, int? TicketId = null, DateTime? ResolutionDueAt = null, int? RequesterId = null)
{
    public string Text => string.IsNullOrWhiteSpace(Subject) ? Body : $"{Subject}\n{Body}";
}
