using System.Text.Json;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Knowledge.Cms.Triage.Rules;

namespace Knowledge.Cms.Triage;

/// <summary>The explanatory part of a decision, stored as JSON on <see cref="TicketTriage"/>.</summary>
public sealed record TriageDetails(
    string Language,
    double EmotionConfidence,
    IReadOnlyList<MissingItem> MissingInformation,
    IReadOnlyList<SecondaryIssueType> SecondaryIssueTypes,
    int PriorityScore,
    IReadOnlyList<PriorityFactor> PriorityFactors,
    int? MergeCandidateTicketId,
    string RoutingExplanation,
    string Explanation,
    IReadOnlyList<string> EscalationReasons,
    KnowledgeMatch? KnowledgeMatch,
    bool AutoReply)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TriageDetails From(TriageDecision d) => new(d.Language, d.EmotionConfidence, d.MissingInformation, d.SecondaryIssueTypes,
        d.PriorityScore, d.PriorityFactors, d.MergeCandidateTicketId, d.RoutingExplanation, d.Explanation, d.EscalationReasons, d.KnowledgeMatch, d.AutoReply);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TriageDetails Parse(string json) => JsonSerializer.Deserialize<TriageDetails>(json, Json)
        ?? throw new InvalidOperationException("Empty triage details.");

    /// <summary>Rebuilds the decision view of a stored triage row (for the GraphQL <c>triage</c> field).</summary>
    public static TriageDecision ToDecision(TicketTriage row)
    {
        var d = Parse(row.DetailsJson);
        return new TriageDecision
        {
            Language = d.Language, IssueTypeId = row.IssueTypeId, Confidence = row.Confidence, Queued = row.Queued,
            SecondaryIssueTypes = d.SecondaryIssueTypes, Severity = row.Severity ?? Tickets.Severity.Inconvenience,
            Emotion = row.Emotion ?? Tickets.Emotion.Neutral, EmotionConfidence = d.EmotionConfidence, MissingInformation = d.MissingInformation,
            Priority = row.Priority, PriorityScore = d.PriorityScore, PriorityFactors = d.PriorityFactors, MergeCandidateTicketId = d.MergeCandidateTicketId,
            TeamId = row.TeamId, AssigneeId = row.AssigneeId, RoutingExplanation = d.RoutingExplanation, EscalationReasons = d.EscalationReasons,
            KnowledgeMatch = d.KnowledgeMatch, AutoReply = d.AutoReply, Explanation = d.Explanation, ModelVersion = row.ModelVersion, Shadow = row.Shadow,
        };
    }
}
