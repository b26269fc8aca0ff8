namespace Knowledge.Cms.Triage.KnowledgeMatching;

/// <summary>
/// Finds the published public articles that answer a ticket. The seam between triage and search: the in-memory
/// <see cref="TermOverlapKnowledgeMatcher"/> serves until the search engine registers its own implementation.
/// </summary>
public interface IKnowledgeMatcher
{
    /// <summary>Best matches first, scores 0–1. <paramref name="issueTypeId"/> boosts articles linked to that issue type.</summary>
    Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(string text, string language, int? issueTypeId, int limit, CancellationToken cancellationToken);
}

/// <summary>An article that may answer a ticket, in the best locale available for the ticket's language.</summary>
/// <param name="Score">0–1; 1 means every query term is strongly present.</param>
public sealed record KnowledgeMatch(int ItemId, string Slug, string Locale, string Title, string? Summary, double Score, bool LinkedToIssueType);
