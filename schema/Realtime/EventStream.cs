using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Knowledge.Cms.Common;
using Knowledge.Cms.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Knowledge.Schema.Realtime;

/// <summary>Loads the subject of an event in a fresh scope whose viewer is the subscriber; null skips the event (not visible).</summary>
public delegate Task<object?> EventLoader(IServiceProvider services, DomainEvent domainEvent, CancellationToken cancellationToken);

/// <summary>
/// Bus events of one topic as an observable for graphql-dotnet's subscription execution. The bus handler only
/// filters and queues (a bounded channel), so the bus and other subscribers never wait for this one; a pump loads
/// each event's subject in its own DI scope as the subscriber and emits what the subscriber may see.
/// </summary>
internal sealed class EventStream(
    IEventBus bus, IServiceScopeFactory scopes, ILogger logger, string topic, Func<DomainEvent, bool> matches,
    EventLoader loader, SubscriberContext subscriber, int capacity) : IObservable<object?>
{
    // Subscribers with the same key see the same thing: one load per event, loader and key, shared by all of them
    // (1,000 staff sockets cost one database read per event, not 1,000). The entry dies with the event.
    private static readonly ConditionalWeakTable<DomainEvent, ConcurrentDictionary<(EventLoader, int?, Knowledge.Cms.Auth.Role?), Task<object?>>> SharedLoads = new();

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var queue = Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var stop = new CancellationTokenSource();
        var busSubscription = bus.Subscribe(topic, domainEvent =>
        {
            if (matches(domainEvent) && !queue.Writer.TryWrite(domainEvent) && !stop.IsCancellationRequested)
                subscriber.Fault(SubscriberFault.Overflow);
            return ValueTask.CompletedTask;
        });
        var pump = Task.Run(() => PumpAsync(queue.Reader, observer, stop.Token), CancellationToken.None);
        return new Subscription(() =>
        {
            busSubscription.Dispose();
            queue.Writer.TryComplete();
            stop.Cancel();
            _ = pump.ContinueWith(_ => stop.Dispose(), TaskScheduler.Default);
        });
    }

    private async Task PumpAsync(ChannelReader<DomainEvent> reader, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var domainEvent in reader.ReadAllAsync(cancellationToken))
            {
                await subscriber.WaitForRoomAsync(cancellationToken);
                var subject = await LoadAsync(domainEvent, cancellationToken);
                if (subject is null) continue;
                if (subject is Revoked)
                {
                    subscriber.Fault(SubscriberFault.Revoked);
                    return;
                }
                observer.OnNext(subject);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // unsubscribed
        }
    }

    private async Task<object?> LoadAsync(DomainEvent domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var viewer = await subscriber.RefreshViewerAsync(services, cancellationToken);
            if (viewer is null) return Revoked.Instance;
            services.GetRequiredService<CurrentUser>().Viewer = viewer;
            var loads = SharedLoads.GetValue(domainEvent, _ => new());
            return await loads.GetOrAdd((loader, viewer.KeyId, viewer.Role), _ => loader(services, domainEvent, cancellationToken));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the subscriber whose load we shared went away mid-load; skip rather than die
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One event that cannot be loaded (deleted meanwhile, a database hiccup) must not end the subscription.
            logger.LogWarning(ex, "Could not load {Topic} {EntityId} for a subscriber", domainEvent.Topic, domainEvent.EntityId);
            return null;
        }
    }

    private sealed class Revoked
    {
        public static readonly Revoked Instance = new();
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
