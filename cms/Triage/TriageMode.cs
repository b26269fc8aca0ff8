namespace Knowledge.Cms.Triage;

/// <summary>Whether triage applies its decisions or only records them.</summary>
public enum TriageMode
{
    /// <summary>Decisions are applied to tickets (issue type, team, priority, assignee, replies).</summary>
    Active,
    /// <summary>Decisions are recorded for comparison with agents' choices but not applied.</summary>
    Shadow,
}
