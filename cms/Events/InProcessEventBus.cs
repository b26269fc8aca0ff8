using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Knowledge.Cms.Events;

/// <summary>The default bus: subscribers of this process only.</summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger) : IEventBus
{
    private readonly ConcurrentDictionary<Guid, (string Topic, Func<DomainEvent, ValueTask> Handler)> subscribers = new();

    public async Task PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken)
    {
        foreach (var (_, (topic, handler)) in subscribers)
        {
            if (topic != domainEvent.Topic) continue;
            try
            {
                await handler(domainEvent);
            }
            catch (Exception ex)
            {
                // One failing subscriber must not stop delivery to the others.
                logger.LogWarning(ex, "Subscriber of {Topic} failed", domainEvent.Topic);
            }
        }
    }

    /// <summary>Current subscribers of <paramref name="topic"/> (diagnostics; tests wait for a subscription to attach).</summary>
    public int SubscriberCount(string topic) => subscribers.Values.Count(s => s.Topic == topic);

    public IDisposable Subscribe(string topic, Func<DomainEvent, ValueTask> handler)
    {
        var id = Guid.NewGuid();
        subscribers[id] = (topic, handler);
        return new Subscription(() => subscribers.TryRemove(id, out _));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) dispose();
        }
    }
}
