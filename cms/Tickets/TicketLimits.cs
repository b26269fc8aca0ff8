namespace Knowledge.Cms.Tickets;

/// <summary>Size limits on ticket input.</summary>
public static class TicketLimits
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 100_000;
    public const int MessageMaxLength = 100_000;
}
