using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Knowledge.Tests.TestKit;

/// <summary>A raw graphql-transport-ws client over a real socket, for protocol tests (no library smoothing over errors).</summary>
public sealed class WebSocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket socket = new();

    public WebSocket Socket => socket;

    public static async Task<WebSocketTestClient> ConnectAsync(Uri httpAddress, string? subprotocol = "graphql-transport-ws", string? authorizationHeader = null)
    {
        var client = new WebSocketTestClient();
        if (subprotocol is not null) client.socket.Options.AddSubProtocol(subprotocol);
        if (authorizationHeader is not null) client.socket.Options.SetRequestHeader("Authorization", authorizationHeader);
        var address = new UriBuilder(httpAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(DefaultWait);
        await client.socket.ConnectAsync(address, timeout.Token);
        return client;
    }

    /// <summary>Connects, sends connection_init with the key and waits for the ack.</summary>
    public static async Task<WebSocketTestClient> ConnectAndInitAsync(Uri httpAddress, string? apiKey)
    {
        var client = await ConnectAsync(httpAddress);
        await client.SendAsync(apiKey is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { authorization = "Bearer " + apiKey } });
        var ack = await client.ReceiveAsync();
        Assert.True(ack.Type == "connection_ack", ack.IsClose
            ? $"expected connection_ack, the server closed the socket: {ack.CloseStatus} {ack.CloseDescription}"
            : $"expected connection_ack, got {ack.Json}");
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultWait);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or a <see cref="Received"/> with the close status when the server closed.</summary>
    public async Task<Received> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                return new Received(null, default, (int?)socket.CloseStatus, socket.CloseStatusDescription);
            }
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var json = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            return new Received(json.GetProperty("type").GetString(), json, null, null);
        }
    }

    /// <summary>Skips pings (the server's keep-alive) and returns the next other message.</summary>
    public async Task<Received> ReceiveSkippingPingsAsync(TimeSpan? wait = null)
    {
        while (true)
        {
            var received = await ReceiveAsync(wait);
            if (received.Type != "ping") return received;
        }
    }

    public async Task<int?> ExpectCloseAsync(TimeSpan? wait = null)
    {
        var received = await ReceiveSkippingPingsAsync(wait);
        Assert.True(received.IsClose, $"Expected a close, got {received.Json}");
        return received.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // the server already went away
            }
        }
        socket.Dispose();
    }

    public sealed record Received(string? Type, JsonElement Json, int? CloseStatus, string? CloseDescription)
    {
        public bool IsClose => Type is null;

        public JsonElement Payload => Json.GetProperty("payload");

        public string? Id => Json.TryGetProperty("id", out var id) ? id.GetString() : null;
    }
}
