namespace Knowledge.Cms.Triage.KnowledgeMatching;

/// <summary>
/// Finds the published public articles that answer a ticket: the seam between triage and search. The product's
/// implementation (<see cref="SearchKnowledgeMatcher"/>) asks the search engine (Lucene or Elasticsearch).
/// </summary>
public interface IKnowledgeMatcher
{
    /// <summary>
    /// Best matches first, scores 0–1. <paramref name="issueTypeId"/> (the issue type triage chose) counts as evidence
    /// for articles linked to it. Never throws because the engine is down: the result then says why it is empty.
    /// </summary>
    Task<KnowledgeMatchResult> MatchAsync(string text, string language, int? issueTypeId, int limit, CancellationToken cancellationToken);
}

/// <summary>An article that may answer a ticket, in the ticket's language when a variant exists, else its source locale.</summary>
/// <param name="Score">0–1, see <see cref="KnowledgeMatchScore"/>: how much of the article's question the ticket asks,
/// how clearly the engine ranked it first, and whether it is linked to the ticket's issue type.</param>
public sealed record KnowledgeMatch(int ItemId, string Slug, string Locale, string Title, string? Summary, double Score, bool LinkedToIssueType);

/// <summary>What a knowledge search found; <paramref name="Problem"/> says why nothing could be searched (engine unavailable).</summary>
public sealed record KnowledgeMatchResult(IReadOnlyList<KnowledgeMatch> Matches, string? Problem = null)
{
    public static readonly KnowledgeMatchResult None = new([]);
}
