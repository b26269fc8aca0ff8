using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>
/// The one writer of a socket: every message goes through a queue that a single loop sends, so frames never
/// interleave. At most <c>capacity</c> messages wait; past that the client is not reading and is disconnected
/// (close 1013, or an abort when even the close frame cannot be sent within a grace period), without ever
/// blocking the producer (the event bus, other subscribers).
/// </summary>
internal sealed class SocketWriter(WebSocket socket, int capacity, ILogger logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly Channel<Outgoing> queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource abort = new();
    private readonly Lock gate = new();
    private TaskCompletionSource room = Completed();
    private int pending;
    private int closing;

    public bool IsClosing => Volatile.Read(ref closing) == 1;

    /// <summary>Queues a text message; false (and the socket is being closed) when the client is too far behind.</summary>
    public bool TrySend(string json)
    {
        if (IsClosing) return false;
        if (Interlocked.Increment(ref pending) > capacity)
        {
            Interlocked.Decrement(ref pending);
            logger.LogWarning("Closing a GraphQL WebSocket whose client does not read ({Capacity} messages waiting)", capacity);
            Close(CloseCodes.TryAgainLater, "Client too slow: send buffer full");
            return false;
        }
        return queue.Writer.TryWrite(new Outgoing(Encoding.UTF8.GetBytes(json), null, null));
    }

    /// <summary>
    /// Back-pressure for producers that can wait (subscription pumps): completes once at most half the buffer is in
    /// use, so a burst waits in the subscription's event queue instead of overflowing this one.
    /// </summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref pending) <= capacity / 2 || IsClosing) return Task.CompletedTask;
        Task wait;
        lock (gate)
        {
            if (room.Task.IsCompleted) room = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wait = room.Task;
        }
        if (Volatile.Read(ref pending) <= capacity / 2) SignalRoom(); // drained meanwhile
        return wait.WaitAsync(cancellationToken);
    }

    private void SignalRoom()
    {
        lock (gate) room.TrySetResult();
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    /// <summary>Sends a close frame after what is already being written (queued messages are dropped); aborts if it cannot.</summary>
    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 1) return;
        SignalRoom();
        queue.Writer.TryWrite(new Outgoing(null, code, reason));
        queue.Writer.TryComplete();
        _ = Task.Delay(CloseGrace).ContinueWith(_ => Abort(), TaskScheduler.Default);
    }

    /// <summary>Answers the client's close frame (the closing handshake).</summary>
    public void AnswerClose(WebSocketCloseStatus? status, string? description) =>
        Close(status is null ? CloseCodes.Normal : (int)status.Value, description ?? "");

    /// <summary>Drops the connection at once (the client left, or ignored our close).</summary>
    public void Abort()
    {
        if (abort.IsCancellationRequested) return;
        try
        {
            abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        socket.Abort();
    }

    public async Task RunAsync()
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(abort.Token))
            {
                if (message.Frame is { } frame)
                {
                    if (Interlocked.Decrement(ref pending) <= capacity / 2) SignalRoom();
                    if (IsClosing) continue;
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, abort.Token);
                }
                else if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)message.CloseCode!.Value, Truncate(message.CloseReason!), abort.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // the connection is gone; the receive loop ends too
        }
    }

    /// <summary>Close reasons are limited to 123 bytes of UTF-8.</summary>
    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123) return reason;
        var length = Math.Min(reason.Length, 120);
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120) length--;
        return reason[..length];
    }

    private sealed record Outgoing(byte[]? Frame, int? CloseCode, string? CloseReason);
}
