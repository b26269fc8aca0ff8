namespace Knowledge.Cms.Tickets;

/// <summary>Technical severity of the reported problem.</summary>
public enum Severity
{
    Outage,
    Degraded,
    Inconvenience,
    Question,
}
