using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Knowledge.Cms.Triage.Rules;

namespace Knowledge.Cms.Triage;

/// <summary>A secondary issue type the ticket also raises.</summary>
public sealed record SecondaryIssueType(int IssueTypeId, string Slug, double Probability);

/// <summary>Everything triage decided about one text; applied to a ticket only in active mode.</summary>
public sealed record TriageDecision
{
    public required string Language { get; init; }
    public int? IssueTypeId { get; init; }
    public double Confidence { get; init; }
    /// <summary>Below the confidence threshold (or no model, or no readable text): a person decides.</summary>
    public bool Queued { get; init; }
    public IReadOnlyList<SecondaryIssueType> SecondaryIssueTypes { get; init; } = [];
    public Severity Severity { get; init; }
    public Emotion Emotion { get; init; }
    public double EmotionConfidence { get; init; }
    public IReadOnlyList<MissingItem> MissingInformation { get; init; } = [];
    public Priority Priority { get; init; }
    public int PriorityScore { get; init; }
    public IReadOnlyList<PriorityFactor> PriorityFactors { get; init; } = [];
    public int? MergeCandidateTicketId { get; init; }
    public int? TeamId { get; init; }
    public int? AssigneeId { get; init; }
    public required string RoutingExplanation { get; init; }
    public IReadOnlyList<string> EscalationReasons { get; init; } = [];
    public int EscalationLevel { get; init; }
    public KnowledgeMatch? KnowledgeMatch { get; init; }
    /// <summary>The issue type is auto-resolvable and the best article matches strongly enough to answer.</summary>
    public bool AutoReply { get; init; }
    public required string Explanation { get; init; }
    public required string ModelVersion { get; init; }
    /// <summary>Recorded in shadow mode: not applied to the ticket.</summary>
    public bool Shadow { get; init; }
}
