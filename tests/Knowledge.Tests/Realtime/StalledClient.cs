using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Knowledge.Tests.Realtime;

/// <summary>
/// A WebSocket client over a TCP socket with a tiny receive buffer that stops reading after subscribing: the
/// "client that never reads". (ClientWebSocket cannot shrink its socket buffers, so the handshake is done by hand.)
/// </summary>
internal sealed class StalledClient : IDisposable
{
    private readonly TcpClient tcp;
    private readonly WebSocket socket;

    private StalledClient(TcpClient tcp, WebSocket socket)
    {
        this.tcp = tcp;
        this.socket = socket;
    }

    public static async Task<StalledClient> ConnectAsync(Uri address, string apiKey)
    {
        var tcp = new TcpClient { ReceiveBufferSize = 4096 };
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = tcp.GetStream();
        var request = $"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:{address.Port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0) throw new IOException("connection closed during the handshake");
            header.Append((char)one[0]);
        }
        Assert.StartsWith("HTTP/1.1 101", header.ToString());
        var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, SubProtocol = "graphql-transport-ws", KeepAliveInterval = TimeSpan.Zero });
        var client = new StalledClient(tcp, socket);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + apiKey } });
        var buffer = new byte[4096];
        var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, ack.Count));
        return client;
    }

    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    private async Task SendAsync(object message) =>
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    public void Dispose()
    {
        socket.Abort();
        socket.Dispose();
        tcp.Dispose();
    }
}
