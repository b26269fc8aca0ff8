namespace Knowledge.Cms.Churn;

/// <summary>Churn prediction settings (section <c>Churn</c>).</summary>
public sealed class ChurnOptions
{
    public const string Section = "Churn";

    /// <summary>Risk at or above which a churnAlert is raised (once per crossing).</summary>
    public double AlertThreshold { get; set; } = 0.6;

    /// <summary>An account counts as churned in training when it cancels within this many days of a snapshot.</summary>
    public int HorizonDays { get; set; } = 90;

    /// <summary>Train a first model (and score every account) in the background at start when none exists.</summary>
    public bool TrainOnStart { get; set; } = true;
}
