using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>The escalation triggers; each reason is a stable code with the evidence after a colon.</summary>
internal static class EscalationRules
{
    public static (IReadOnlyList<string> Reasons, int Level) Evaluate(EscalationContext context, TriageOptions options)
    {
        var reasons = new List<string>();
        var weighty = 0;
        void Words(string code, IReadOnlyList<string> phrases, bool heavy)
        {
            var found = TriageLexicon.Matches(context.LowerText, phrases);
            if (found.Count == 0) return;
            reasons.Add($"{code}: {string.Join(", ", found.Take(3))}");
            if (heavy) weighty++;
        }
        Words("cancellation-threat", TriageLexicon.Cancel, heavy: false);
        Words("legal-threat", TriageLexicon.Legal, heavy: true);
        Words("regulator", TriageLexicon.Regulator, heavy: true);
        Words("executive-involved", TriageLexicon.Executive, heavy: true);
        // The ticket being triaged counts: two earlier ones make three.
        if (context.RecentSameIssueTickets >= 2)
            reasons.Add($"repeated-issue: {context.RecentSameIssueTickets + 1} tickets from this account on this issue within 14 days");
        if (context.HoursToResolutionDue is { } hours && hours <= options.SlaImminentHours)
            reasons.Add(hours <= 0 ? "sla-breached" : $"sla-imminent: resolution due in {hours:F1} h");
        if (context.Tier == AccountTier.Enterprise && context.Priority <= Priority.P2)
            reasons.Add($"enterprise-high-priority: ENTERPRISE account with {context.Priority}");
        if (context.ExecutiveRequester)
        {
            // VIP handling: an executive's ticket goes to the most senior agent and the CSM hears of it.
            reasons.Add("vip-executive: the requester is an executive contact of the account");
            weighty++;
        }
        if (context.AngerProbability >= options.NegativeEmotionThreshold)
            reasons.Add($"negative-emotion: angry ({context.AngerProbability:P0})");
        if (reasons.Count == 0) return ([], 0);
        var level = Math.Min(3, 1 + (reasons.Count >= 3 ? 1 : 0) + (weighty > 0 ? 1 : 0));
        return (reasons, level);
    }
}
