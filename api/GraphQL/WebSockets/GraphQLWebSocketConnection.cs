using System.Net.WebSockets;
using System.Text.Json;
using GraphQL;
using Knowledge.Api.Auth;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Common;
using Knowledge.Schema.Realtime;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: reads client messages in order and enforces the protocol (init within the
/// timeout, one init, nothing before the ack, unique operation ids); everything it says goes through the socket's
/// single <see cref="SocketWriter"/>.
/// </summary>
internal sealed class GraphQLWebSocketConnection
{
    private readonly WebSocket socket;
    private readonly SubscriptionOptions options;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger logger;
    private readonly SocketWriter writer;
    private readonly SocketOperations operations;
    private readonly Viewer upgradeViewer;
    private readonly string? upgradeSecret;
    private SubscriberContext? subscriber;
    private bool initReceived;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext http, SubscriptionOptions options, ILogger logger)
    {
        this.socket = socket;
        this.options = options;
        this.logger = logger;
        scopes = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        writer = new SocketWriter(socket, options.SendBufferSize, logger);
        operations = new SocketOperations(writer, scopes, http.RequestServices.GetRequiredService<IGraphQLTextSerializer>(), logger);
        // A key sent as a header on the upgrade request (non-browser clients) counts unless connection_init names another.
        upgradeViewer = http.RequestServices.GetRequiredService<ICurrentUser>().Viewer;
        upgradeSecret = ApiKeyAuthenticationMiddleware.BearerSecret(http.Request.Headers.Authorization.ToString());
    }

    public async Task RunAsync(CancellationToken aborted)
    {
        var writing = writer.RunAsync();
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        _ = CloseIfNotInitialisedAsync(lifetime.Token);
        try
        {
            await ReceiveAsync(lifetime.Token);
        }
        finally
        {
            await lifetime.CancelAsync();
            operations.StopAll();
            writer.Close(CloseCodes.Normal, "");
            if (await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None)) != writing) writer.Abort();
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        // Start small and grow per message up to MaxMessageBytes: idle sockets (the common case) then cost ~4 KB, not 64.
        const int InitialBuffer = 4096;
        var buffer = new byte[Math.Min(InitialBuffer, options.MaxMessageBytes)];
        try
        {
            while (true)
            {
                if (buffer.Length > InitialBuffer) buffer = new byte[InitialBuffer];
                var count = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (count == buffer.Length)
                    {
                        if (buffer.Length < options.MaxMessageBytes) Array.Resize(ref buffer, Math.Min(buffer.Length * 2, options.MaxMessageBytes));
                        else
                        {
                            writer.Close(CloseCodes.BadRequest, $"Invalid message received: larger than {options.MaxMessageBytes} bytes");
                            count = 0; // keep reading (and discarding) until the client answers the close
                        }
                    }
                    received = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
                    count += received.Count;
                } while (!received.EndOfMessage);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    writer.AnswerClose(socket.CloseStatus, socket.CloseStatusDescription);
                    return;
                }
                if (writer.IsClosing) continue;
                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    writer.Close(CloseCodes.BadRequest, "Invalid message received: binary frames are not part of the protocol");
                    continue;
                }
                await HandleAsync(buffer.AsMemory(0, count), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or Microsoft.AspNetCore.Connections.ConnectionAbortedException or IOException)
        {
            // the client went away or we aborted
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        var message = ClientMessage.TryParse(utf8, out var error);
        if (message is null)
        {
            writer.Close(CloseCodes.BadRequest, error);
            return;
        }
        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message.Payload, cancellationToken);
                break;
            case ClientMessage.Ping:
                writer.TrySend(ServerMessages.Pong(message.Payload));
                break;
            case ClientMessage.Pong:
                break;
            case ClientMessage.Subscribe:
                Subscribe(message);
                break;
            case ClientMessage.Complete:
                operations.Complete(message.Id!);
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        if (initReceived)
        {
            writer.Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        initReceived = true;
        var secret = upgradeSecret;
        Viewer? viewer = upgradeViewer;
        if (payload is { } p && p.TryGetProperty("authorization", out var authorization) && authorization.ValueKind != JsonValueKind.Null)
        {
            secret = authorization.ValueKind == JsonValueKind.String ? ApiKeyAuthenticationMiddleware.BearerSecret(authorization.GetString()!) : null;
            await using var scope = scopes.CreateAsyncScope();
            viewer = secret is null ? null : await scope.ServiceProvider.GetRequiredService<ApiKeyService>().AuthenticateAsync(secret, cancellationToken);
            if (viewer is null)
            {
                writer.Close(CloseCodes.Forbidden, "Forbidden: the API key is unknown or has been revoked ('authorization': 'Bearer <key>')");
                return;
            }
        }
        subscriber = new SubscriberContext(viewer, ReauthenticateAsync(secret), reason => writer.Close(
            reason == SubscriberFault.Revoked ? CloseCodes.Forbidden : CloseCodes.TryAgainLater,
            reason == SubscriberFault.Revoked ? "Forbidden: the API key has been revoked" : "Client too slow: event buffer full"),
            writer.WaitForRoomAsync);
        writer.TrySend(ServerMessages.ConnectionAck);
        if (options.KeepAliveInterval > TimeSpan.Zero) _ = KeepAliveAsync(cancellationToken);
    }

    private static Func<IServiceProvider, CancellationToken, Task<Viewer?>> ReauthenticateAsync(string? secret) =>
        secret is null
            ? (_, _) => Task.FromResult<Viewer?>(Viewer.Anonymous)
            : (services, cancellationToken) => services.GetRequiredService<ApiKeyService>().AuthenticateAsync(secret, cancellationToken);

    private void Subscribe(ClientMessage message)
    {
        if (subscriber is null)
        {
            writer.Close(CloseCodes.Unauthorized, "Unauthorized: send connection_init and wait for connection_ack");
            return;
        }
        switch (operations.TryStart(message.Id!, message.ToRequest(), subscriber, options.MaxOperationsPerSocket))
        {
            case SocketOperations.StartResult.Duplicate:
                writer.Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {message.Id} already exists");
                break;
            case SocketOperations.StartResult.TooMany:
                writer.TrySend(ServerMessages.Error(message.Id!, $"At most {options.MaxOperationsPerSocket} operations may run on one socket.", ErrorCodes.LimitExceeded));
                break;
        }
    }

    private async Task CloseIfNotInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellationToken);
            if (!initReceived) writer.Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // closed before the timeout
        }
    }

    private async Task KeepAliveAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken) && !writer.IsClosing) writer.TrySend(ServerMessages.Ping);
        }
        catch (OperationCanceledException)
        {
            // socket closed
        }
    }
}
