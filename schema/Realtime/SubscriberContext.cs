using Knowledge.Cms.Common;

namespace Knowledge.Schema.Realtime;

/// <summary>
/// What a subscription knows about the socket it serves, carried in the execution's user context: who is listening
/// (re-checked for every event, so a revoked key stops receiving) and how to tell the transport the subscriber
/// failed (its buffer overflowed, its key was revoked).
/// </summary>
public sealed class SubscriberContext(
    Viewer viewer, Func<IServiceProvider, CancellationToken, Task<Viewer?>> reauthenticate, Action<SubscriberFault> fault,
    Func<CancellationToken, Task> waitForRoom)
{
    public const string Key = "knowledge:subscriber";

    /// <summary>The viewer as of the last event.</summary>
    public Viewer Viewer { get; private set; } = viewer;

    /// <summary>The socket's viewer read again in <paramref name="services"/>' scope; null when the key is no longer valid.</summary>
    public async Task<Viewer?> RefreshViewerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var current = await reauthenticate(services, cancellationToken);
        if (current is not null) Viewer = current;
        return current;
    }

    public void Fault(SubscriberFault reason) => fault(reason);

    /// <summary>Completes when the socket can take more messages (a burst then waits in the bounded event queue).</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken) => waitForRoom(cancellationToken);

    public static SubscriberContext? From(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as SubscriberContext : null;
}

/// <summary>Why a subscriber must be disconnected.</summary>
public enum SubscriberFault
{
    /// <summary>Events arrived faster than the client took them.</summary>
    Overflow,

    /// <summary>The socket's API key was revoked.</summary>
    Revoked,
}
