using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Cms.Triage.KnowledgeMatching;

/// <summary>
/// How strongly an article answers a ticket, 0–1, from three pieces of evidence an agent could check:
/// <list type="bullet">
/// <item>coverage (weight 0.6): the largest share of the article's question — its title or one of its alternative
/// phrasings — that the ticket's words contain ("forgot my password" inside "I forgot my password and can't log in");</item>
/// <item>lead (0.2): how clearly the search engine ranked it above the runner-up, 1 − s₂/s₁ (BM25 scores are not
/// comparable across queries, their ratio within one query is);</item>
/// <item>link (0.2): the article is linked to the issue type triage chose.</item>
/// </list>
/// A raw engine score is deliberately not used as the strength: it grows with the ticket's length, not its fit.
/// </summary>
public static class KnowledgeMatchScore
{
    public const double CoverageWeight = 0.6, LeadWeight = 0.2, LinkWeight = 0.2;

    public static double Combine(double coverage, double lead, bool linked) =>
        Math.Round(CoverageWeight * Math.Clamp(coverage, 0, 1) + LeadWeight * Math.Clamp(lead, 0, 1) + (linked ? LinkWeight : 0), 4);

    /// <summary>1 − second/first for the engine's top hit; a lone hit leads fully.</summary>
    public static double Lead(float first, float? second) =>
        first <= 0 ? 0 : second is { } s ? Math.Max(0, 1 - s / first) : 1;

    /// <summary>Best share of any phrase's tokens found among the ticket's tokens (word forms matched by a shared stem-like prefix).</summary>
    public static double Coverage(IReadOnlySet<string> ticketTokens, IEnumerable<string> phrases)
    {
        var best = 0.0;
        foreach (var phrase in phrases)
        {
            var tokens = TextTokens.Tokenize(phrase).Distinct().ToList();
            if (tokens.Count == 0) continue;
            var found = tokens.Count(t => ticketTokens.Contains(t) || ticketTokens.Any(w => SameWord(t, w)));
            best = Math.Max(best, (double)found / tokens.Count);
        }
        return best;
    }

    public static HashSet<string> Tokens(string text) => TextTokens.Tokenize(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>"password"/"passwords", "reset"/"resetting": a shared prefix of at least four characters of words at most four characters apart in length.</summary>
    private static bool SameWord(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4 || Math.Abs(a.Length - b.Length) > 4) return false;
        var common = 0;
        while (common < shorter && a[common] == b[common]) common++;
        return common >= Math.Max(4, shorter - 2);
    }
}
