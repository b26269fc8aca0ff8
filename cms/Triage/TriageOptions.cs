using System.ComponentModel.DataAnnotations;

namespace Knowledge.Cms.Triage;

/// <summary>Settings of AI ticket triage (section <c>Triage</c>).</summary>
public sealed class TriageOptions
{
    public const string Section = "Triage";

    /// <summary>Active applies decisions; Shadow only records them until measured accuracy passes <see cref="ActivationAccuracy"/>.</summary>
    public TriageMode Mode { get; set; } = TriageMode.Active;

    /// <summary>Below this issue-type probability the ticket goes to the triage queue (status NEW, no team, tag <c>triage-queue</c>).</summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.35;

    /// <summary>Other issue types at or above this probability are reported as secondary issue types.</summary>
    [Range(0.0, 1.0)]
    public double SecondaryThreshold { get; set; } = 0.15;

    /// <summary>Shadow mode switches to active when accuracy against agents' corrections reaches this…</summary>
    [Range(0.0, 1.0)]
    public double ActivationAccuracy { get; set; } = 0.85;

    /// <summary>…measured on at least this many reviewed tickets.</summary>
    [Range(1, 100_000)]
    public int ActivationMinimumReviewed { get; set; } = 50;

    /// <summary>Train the first model in the background on start when none exists.</summary>
    public bool TrainOnStart { get; set; } = true;

    /// <summary>How long after start-up the first training waits, so it does not compete with start-up and the first requests.</summary>
    public TimeSpan TrainOnStartDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Train a semantic head on English examples' sentence embeddings and blend it into uncertain English predictions
    /// (Banking77 0.907 → 0.924; about 0.7–2 ms more per blended prediction). Off: word features only, the fastest.
    /// </summary>
    public bool SemanticHead { get; set; } = true;

    /// <summary>Also train LightGBM on the same features and keep it when it evaluates better (slower; only below <see cref="LightGbmMaxExamples"/>).</summary>
    public bool CompareLightGbm { get; set; }

    [Range(0, 1_000_000)]
    public int LightGbmMaxExamples { get; set; } = 3000;

    /// <summary>A new model is promoted only if its held-back accuracy is at least the active one's minus this.</summary>
    [Range(0.0, 0.2)]
    public double PromotionTolerance { get; set; } = 0.0;

    /// <summary>Draft (an internal note for an agent to send) or Send (a reply to the customer) when a KB article answers the ticket.</summary>
    public AutoReplyMode AutoReplyMode { get; set; } = AutoReplyMode.Draft;

    /// <summary>
    /// Minimum knowledge match score (0–1, see <c>KnowledgeMatchScore</c>) for an automatic reply. 0.6 takes a ticket
    /// that contains the article's whole title or one of its alternative phrasings, or most of one when the article is
    /// linked to the ticket's issue type; a partial overlap with an unlinked article is not enough.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AutoReplyMinScore { get; set; } = 0.6;

    /// <summary>How long createTicket waits for the KB search behind an automatic reply; past it the ticket gets no reply (the reason is recorded).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan KnowledgeSearchTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Anger probability at or above which the emotion raises an escalation. Frustration alone does not: it is the
    /// usual tone of a support ticket and would escalate most of them.
    /// </summary>
    [Range(0.0, 1.0)]
    public double NegativeEmotionThreshold { get; set; } = 0.6;

    /// <summary>An escalation is raised when resolution is due within this many hours.</summary>
    [Range(0.0, 1000.0)]
    public double SlaImminentHours { get; set; } = 2;
}
