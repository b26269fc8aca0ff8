namespace Knowledge.Cms.Triage;

/// <summary>Whether a trained model serves predictions.</summary>
public enum ModelVersionStatus
{
    /// <summary>Serves predictions (one per kind).</summary>
    Active,
    /// <summary>Evaluated worse than the active model; kept for the record.</summary>
    Rejected,
    /// <summary>Was active, replaced by a newer one.</summary>
    Retired,
}
