namespace Knowledge.Cms.Tickets;

/// <summary>A message added to a ticket's thread.</summary>
public sealed record AddMessageCommand(int TicketId, string? Body, MessageKind Kind, int? AuthorAgentId = null, int? AuthorContactId = null);
