namespace Knowledge.Cms.Triage;

/// <summary>What a triage model predicts.</summary>
public enum ModelKind
{
    IssueType,
    Severity,
    Emotion,
}
