using Knowledge.Cms.Common;

namespace Knowledge.Cms.Tickets;

/// <summary>One message of a ticket's thread. Internal notes are never shown to customers.</summary>
public sealed class TicketMessage : IEntity
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public MessageKind Kind { get; set; }
    public required string Body { get; set; }
    public int? AuthorAgentId { get; set; }
    public int? AuthorContactId { get; set; }
    public string? AuthorName { get; set; }
    public DateTime CreatedAt { get; set; }
}
