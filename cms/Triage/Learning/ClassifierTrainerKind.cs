namespace Knowledge.Cms.Triage.Learning;

/// <summary>The learner behind a text classifier; all share the same text featurisation.</summary>
public enum ClassifierTrainerKind
{
    /// <summary>Linear maximum-entropy model trained with SDCA: fast, calibrated probabilities.</summary>
    Sdca,
    /// <summary>Linear maximum-entropy model trained with L-BFGS.</summary>
    Lbfgs,
    /// <summary>Gradient-boosted trees (LightGBM) on the same sparse features.</summary>
    LightGbm,
}
