using Knowledge.Cms.Accounts;

namespace Knowledge.Cms.Escalations;

/// <summary>Conditions on the escalations list; all given ones must hold.</summary>
public sealed record EscalationFilter(
    AccountTier? Tier = null,
    int? TeamId = null,
    int? AccountId = null,
    int? TicketId = null,
    bool? Open = null,
    string? Reason = null,
    int? MinLevel = null,
    DateTime? CreatedAfter = null,
    DateTime? CreatedBefore = null);
