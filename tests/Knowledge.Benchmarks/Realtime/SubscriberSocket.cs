using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Knowledge.Benchmarks.Realtime;

/// <summary>A minimal graphql-transport-ws subscriber: init, ack, subscribe, then timestamps every <c>next</c>.</summary>
internal sealed class SubscriberSocket : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly byte[] buffer = new byte[16 * 1024];

    public static async Task<SubscriberSocket> OpenAsync(Uri address, string apiKey, string query)
    {
        var subscriber = new SubscriberSocket();
        subscriber.socket.Options.AddSubProtocol("graphql-transport-ws");
        subscriber.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await subscriber.socket.ConnectAsync(address, CancellationToken.None);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + apiKey } });
        var ack = await subscriber.ReceiveTypeAsync(CancellationToken.None);
        if (ack != "connection_ack") throw new InvalidOperationException("expected connection_ack, got " + ack);
        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query } });
        return subscriber;
    }

    /// <summary>Waits for the next <c>next</c> message and returns when it arrived (Stopwatch ticks).</summary>
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var type = await ReceiveTypeAsync(cancellationToken);
            if (type == "next") return System.Diagnostics.Stopwatch.GetTimestamp();
            if (type is null or "error" or "complete") throw new InvalidOperationException("subscription ended: " + type);
        }
    }

    private async Task SendAsync(object message) =>
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string?> ReceiveTypeAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
            count += result.Count;
        } while (!result.EndOfMessage && count < buffer.Length);
        if (result.MessageType == WebSocketMessageType.Close) return null;
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, count));
        return json.RootElement.GetProperty("type").GetString();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // already gone
        }
        socket.Dispose();
    }
}
