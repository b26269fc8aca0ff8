namespace Knowledge.Cms.Tickets;

/// <summary>Where a ticket came in.</summary>
public enum Channel
{
    Email,
    Chat,
    Web,
    Social,
    Phone,
}
