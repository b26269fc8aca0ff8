using System.Globalization;
using Knowledge.Cms.Teams;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>
/// Picks the agent of the owning team who fits best: speaks the ticket's language, is senior enough (the required
/// level comes from the escalation matrix cell of the ticket's tier and priority, raised for complex and executive
/// tickets), has matching skills, room in their capacity and is available. Explains the choice.
/// </summary>
internal static class AgentRouter
{
    public static (Agent? Agent, string Explanation) Route(IReadOnlyList<AgentCandidate> candidates, string language, Seniority required, IReadOnlyCollection<string> skillHints)
    {
        var scored = new List<(AgentCandidate Candidate, double Score, List<string> Why)>();
        foreach (var candidate in candidates)
        {
            var agent = candidate.Agent;
            if (agent.Availability is Availability.Offline or Availability.Away) continue;
            var why = new List<string>();
            double score = 0;
            if (agent.Languages.Contains(language)) { score += 40; why.Add($"speaks {language}"); }
            else if (agent.Languages.Contains("en")) { score += 5; why.Add($"does not speak {language}, answers in en"); }
            var senior = agent.Seniority is Seniority.Senior or Seniority.Lead;
            var gap = required - agent.Seniority;
            if (required >= Seniority.Senior)
            {
                // One level short is tolerated (it beats an overloaded senior); two levels short is a poor match.
                score += gap <= 0 ? 30 : gap == 1 ? 0 : -30;
                if (gap <= 0) why.Add($"{agent.Seniority.ToString().ToLowerInvariant()} (needs {required.ToString().ToLowerInvariant()} or above)");
            }
            else if (gap > 0) score -= 15 * gap;
            else if (!senior) score += 5; // keep seniors free for the hard cases
            var skills = agent.Skills.Where(s => skillHints.Contains(s)).ToList();
            if (skills.Count > 0) { score += Math.Min(20, 10 * skills.Count); why.Add("skills: " + string.Join(", ", skills)); }
            var capacity = Math.Max(1, agent.Capacity);
            var load = (double)candidate.OpenTickets / capacity;
            score -= load >= 1 ? 50 : 30 * load;
            why.Add($"{candidate.OpenTickets}/{capacity} open tickets");
            if (agent.Availability == Availability.Busy) { score -= 20; why.Add("busy"); }
            else why.Add("available");
            scored.Add((candidate, score, why));
        }
        if (scored.Count == 0)
            return (null, candidates.Count == 0 ? "The team has no agents; left unassigned." : "No agent of the team is available now; left with the team.");
        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.OpenTickets).ThenBy(s => s.Candidate.Agent.Id).First();
        var explanation = $"{best.Candidate.Agent.Name}: {string.Join("; ", best.Why)} (score {best.Score.ToString("F0", CultureInfo.InvariantCulture)}, best of {scored.Count} available).";
        return (best.Candidate.Agent, explanation);
    }
}
