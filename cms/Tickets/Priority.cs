namespace Knowledge.Cms.Tickets;

/// <summary>P1 is the most urgent.</summary>
public enum Priority
{
    P1,
    P2,
    P3,
    P4,
}
