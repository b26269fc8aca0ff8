using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>What the priority score looks at.</summary>
internal sealed record PriorityContext(
    Severity Severity,
    Priority IssueTypeDefault,
    AccountTier? Tier,
    IReadOnlyList<string> BusinessImpactPhrases,
    Emotion Emotion,
    double? HoursToResolutionDue,
    int RecentSameIssueTickets,
    int? MergeCandidateTicketId);
