using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Escalations;

/// <summary>What the person taking an escalation needs to know about the customer, in one read.</summary>
public sealed record EscalationHandoff(
    Account? Account,
    IReadOnlyList<Ticket> RecentTickets,
    double? AverageCsat,
    int OpenEscalations,
    int? DaysToRenewal,
    double? ChurnRisk,
    string SuggestedApproach);
