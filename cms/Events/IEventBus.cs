namespace Knowledge.Cms.Events;

/// <summary>
/// Publishes domain events to every subscriber of every api instance (in-process by default; Redis for several
/// instances). Publish only after the commit that made the event true.
/// </summary>
public interface IEventBus
{
    /// <summary>Delivers to local subscribers and, when configured, to other instances. Never throws for a subscriber's failure.</summary>
    Task PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken);

    /// <summary>Receives events whose topic matches <paramref name="topic"/> until the returned handle is disposed.</summary>
    IDisposable Subscribe(string topic, Func<DomainEvent, ValueTask> handler);
}
