namespace Knowledge.Cms.Churn;

/// <summary>A churn score of an account at a time, with its reasons and the suggested win-back play.</summary>
public sealed class ChurnAssessment
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    /// <summary>Probability-like risk 0–1.</summary>
    public double Risk { get; set; }
    public List<string> Reasons { get; set; } = [];
    public required string Play { get; set; }
    /// <summary>The dominant churn reason: USAGE_DECLINE, SUPPORT_FRICTION, RENEWAL_RISK, COMMERCIAL, COMPETITION, STABLE.</summary>
    public required string Driver { get; set; }
    public DateTime ComputedAt { get; set; }
    /// <summary>"model" when the trained model scored it, "rules" when only the rules layer did.</summary>
    public required string Source { get; set; }
    /// <summary>This assessment crossed the alert threshold (a churnAlert was raised).</summary>
    public bool Alerted { get; set; }
}
