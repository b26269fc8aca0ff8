using Knowledge.Cms.Common;

namespace Knowledge.Cms.Tickets;

/// <summary>One ordering key of the tickets list.</summary>
public sealed record TicketOrder(TicketOrderField Field, SortDirection Direction);
