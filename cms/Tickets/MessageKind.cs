namespace Knowledge.Cms.Tickets;

/// <summary>Who wrote a message on a ticket thread, and who may see it.</summary>
public enum MessageKind
{
    Customer,
    Agent,
    InternalNote,
}
