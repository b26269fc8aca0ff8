using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>
/// Priority as a sum of explainable points: a base from severity and the issue type's default, then tier,
/// business impact, emotion, SLA proximity and repeats. ≥ 75 → P1, ≥ 50 → P2, ≥ 25 → P3, else P4.
/// </summary>
internal static class PriorityScorer
{
    public static (Priority Priority, int Score, IReadOnlyList<PriorityFactor> Factors) Score(PriorityContext context, double slaImminentHours)
    {
        var factors = new List<PriorityFactor>();
        var bySeverity = context.Severity switch { Severity.Outage => 80, Severity.Degraded => 55, Severity.Inconvenience => 30, _ => 15 };
        var byType = context.IssueTypeDefault switch { Priority.P1 => 80, Priority.P2 => 55, Priority.P3 => 30, _ => 10 };
        if (bySeverity >= byType)
            factors.Add(new PriorityFactor("severity", bySeverity, $"{context.Severity.ToString().ToUpperInvariant()} sets the base"));
        else
            factors.Add(new PriorityFactor("issue-type", byType, $"the issue type's default priority {context.IssueTypeDefault} sets the base"));

        switch (context.Tier)
        {
            case AccountTier.Enterprise: factors.Add(new PriorityFactor("tier", 15, "ENTERPRISE account")); break;
            case AccountTier.Growth: factors.Add(new PriorityFactor("tier", 5, "GROWTH account")); break;
            case AccountTier.Free: factors.Add(new PriorityFactor("tier", -5, "FREE account")); break;
        }
        if (context.BusinessImpactPhrases.Count > 0)
            factors.Add(new PriorityFactor("business-impact", 15, "mentions " + string.Join(", ", context.BusinessImpactPhrases.Take(3).Select(p => $"\"{p}\""))));
        if (context.Emotion == Emotion.Angry) factors.Add(new PriorityFactor("emotion", 10, "the customer is angry"));
        else if (context.Emotion == Emotion.Frustrated) factors.Add(new PriorityFactor("emotion", 5, "the customer is frustrated"));
        if (context.HoursToResolutionDue is { } hours && hours <= slaImminentHours)
            factors.Add(new PriorityFactor("sla", 20, hours <= 0 ? "resolution SLA already breached" : $"resolution due in {hours:F1} h"));
        if (context.RecentSameIssueTickets > 0)
        {
            var merge = context.MergeCandidateTicketId is { } id ? $"; consider merging with ticket {id}" : "";
            factors.Add(new PriorityFactor("repeat", context.RecentSameIssueTickets >= 2 ? 15 : 10,
                $"{context.RecentSameIssueTickets} other ticket(s) from this account on this issue in 14 days{merge}"));
        }
        var score = Math.Clamp(factors.Sum(f => f.Effect), 0, 100);
        var priority = score >= 75 ? Priority.P1 : score >= 50 ? Priority.P2 : score >= 25 ? Priority.P3 : Priority.P4;
        return (priority, score, factors);
    }
}
