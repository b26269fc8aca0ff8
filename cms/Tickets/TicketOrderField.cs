namespace Knowledge.Cms.Tickets;

/// <summary>Sortable ticket fields.</summary>
public enum TicketOrderField
{
    CreatedAt,
    UpdatedAt,
    Priority,
    Status,
    ResolutionDueAt,
}
