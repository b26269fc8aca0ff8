using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>What the escalation triggers look at.</summary>
internal sealed record EscalationContext(
    string LowerText,
    AccountTier? Tier,
    Priority Priority,
    int RecentSameIssueTickets,
    double? HoursToResolutionDue,
    double AngerProbability,
    bool ExecutiveRequester = false);
