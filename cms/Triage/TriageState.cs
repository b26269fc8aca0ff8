namespace Knowledge.Cms.Triage;

/// <summary>The one row that records whether triage has switched itself from shadow to active, and why.</summary>
public sealed class TriageState
{
    public int Id { get; set; }
    public TriageMode Mode { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
}
