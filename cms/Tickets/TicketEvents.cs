using Knowledge.Cms.Events;

namespace Knowledge.Cms.Tickets;

/// <summary>Announces ticket changes on the bus after they committed (for <c>ticketUpdated</c> subscribers).</summary>
public static class TicketEvents
{
    /// <summary>A ticket was created, changed or got a message. Attribute <c>teamId</c> when it has a team.</summary>
    public const string Updated = "ticket.updated";

    internal static Task PublishUpdatedAsync(IEventBus bus, Ticket ticket)
    {
        var attributes = new Dictionary<string, string>();
        if (ticket.TeamId is { } teamId) attributes["teamId"] = teamId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Not the request's token: the change is committed, so subscribers must hear of it even if the caller left.
        return bus.PublishAsync(new DomainEvent(Updated, ticket.Id, attributes), CancellationToken.None);
    }
}
