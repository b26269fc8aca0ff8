namespace Knowledge.Cms.Tickets;

/// <summary>Response and resolution targets per priority, used until an account-specific SLA policy applies.</summary>
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
