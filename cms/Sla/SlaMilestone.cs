namespace Knowledge.Cms.Sla;

/// <summary>A point on a ticket's SLA clock that raises an escalation once.</summary>
public enum SlaMilestone
{
    FirstResponse80,
    FirstResponseBreached,
    Resolution80,
    ResolutionBreached,
}
