namespace Knowledge.Cms.Triage;

/// <summary>A trained triage model with its evaluation on a held-back slice; the bytes live in the data directory.</summary>
public sealed class ModelVersion
{
    public int Id { get; set; }
    public ModelKind Kind { get; set; }
    /// <summary>1, 2, 3… per kind.</summary>
    public int Number { get; set; }
    public ModelVersionStatus Status { get; set; }
    /// <summary>sdca, lbfgs or lightgbm.</summary>
    public required string Trainer { get; set; }
    public int TrainCount { get; set; }
    public int TestCount { get; set; }
    public double Accuracy { get; set; }
    public double MacroF1 { get; set; }
    /// <summary>The active model's accuracy on the same slice when this one was trained (null when there was none).</summary>
    public double? BaselineAccuracy { get; set; }
    /// <summary>Per-class precision/recall/F1 as JSON.</summary>
    public string PerClassJson { get; set; } = "[]";
    /// <summary>File name under the data directory's <c>models/</c> folder.</summary>
    public required string FileName { get; set; }
    public string? Notes { get; set; }
    public int? JobId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PromotedAt { get; set; }

    /// <summary>e.g. <c>issue-type-v3</c>.</summary>
    public string Label => $"{Kind.ToString().ToLowerInvariant()}-v{Number}";
}
