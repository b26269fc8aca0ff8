namespace Knowledge.Cms.Tickets;

/// <summary>Response and resolution targets per priority, around the clock: the demo's ticket history, and the fallback while the escalation matrix (cms/Sla) has no cell.</summary>
public static class SlaDefaults
{
    public static (TimeSpan FirstResponse, TimeSpan Resolution) For(Priority priority) => priority switch
    {
        Priority.P1 => (TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
        Priority.P2 => (TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        Priority.P3 => (TimeSpan.FromHours(8), TimeSpan.FromDays(3)),
        _ => (TimeSpan.FromHours(24), TimeSpan.FromDays(7)),
    };
}
