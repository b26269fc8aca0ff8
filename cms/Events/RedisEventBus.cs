using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Knowledge.Cms.Events;

/// <summary>
/// Redis pub/sub between api instances. An event is delivered to this instance's subscribers directly (so local
/// delivery never depends on Redis) and published to Redis tagged with this instance's id; the echo that comes back
/// is ignored, so every instance delivers each event exactly once. While Redis is unreachable, publishing logs and
/// goes on locally (events of that window do not reach other instances); the multiplexer reconnects on its own and
/// re-subscribes.
/// </summary>
public sealed class RedisEventBus : IEventBus, IHostedService, IAsyncDisposable
{
    private readonly InProcessEventBus local;
    private readonly RedisEventsOptions options;
    private readonly ILogger<RedisEventBus> logger;
    private readonly RedisChannel pattern;
    private ConnectionMultiplexer? connection;
    private ChannelMessageQueue? queue;

    public RedisEventBus(IOptions<EventsOptions> options, ILoggerFactory loggers)
    {
        this.options = options.Value.Redis;
        logger = loggers.CreateLogger<RedisEventBus>();
        local = new InProcessEventBus(loggers.CreateLogger<InProcessEventBus>());
        pattern = RedisChannel.Pattern(this.options.ChannelPrefix + "*");
    }

    /// <summary>Identifies this process's messages on the shared channels.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("n");

    /// <summary>Whether the multiplexer currently has a connection (health, tests).</summary>
    public bool IsConnected => connection?.IsConnected ?? false;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        // Start even when Redis is down (local delivery works), keep retrying, and drop rather than queue
        // publishes while disconnected: stale events replayed minutes later would be worse than missed ones.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "knowledge-" + InstanceId[..8];
        connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        connection.ConnectionFailed += (_, e) => logger.LogWarning("Redis event bus lost its connection ({FailureType}); delivering locally only", e.FailureType);
        connection.ConnectionRestored += (_, _) => logger.LogInformation("Redis event bus reconnected");
        queue = await connection.GetSubscriber().SubscribeAsync(pattern);
        queue.OnMessage(ReceiveAsync);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken)
    {
        await local.PublishAsync(domainEvent, cancellationToken);
        if (connection is not { IsConnected: true })
        {
            logger.LogDebug("Redis unavailable: {Topic} delivered on this instance only", domainEvent.Topic);
            return;
        }
        try
        {
            var channel = RedisChannel.Literal(options.ChannelPrefix + domainEvent.Topic);
            await connection.GetSubscriber().PublishAsync(channel, EventEnvelope.Serialize(InstanceId, domainEvent), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Publishing {Topic} to Redis failed; delivered on this instance only", domainEvent.Topic);
        }
    }

    public IDisposable Subscribe(string topic, Func<DomainEvent, ValueTask> handler) => local.Subscribe(topic, handler);

    /// <summary>Current subscribers of <paramref name="topic"/> on this instance.</summary>
    public int SubscriberCount(string topic) => local.SubscriberCount(topic);

    private async Task ReceiveAsync(ChannelMessage message)
    {
        var envelope = EventEnvelope.TryParse(((ReadOnlyMemory<byte>)message.Message).Span);
        if (envelope is null)
        {
            logger.LogWarning("Ignoring a malformed message on {Channel}", message.Channel.ToString());
            return;
        }
        if (envelope.Origin == InstanceId) return; // our own echo: already delivered locally
        await local.PublishAsync(envelope.ToDomainEvent(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (queue is not null) await queue.UnsubscribeAsync();
        if (connection is not null) await connection.DisposeAsync();
    }
}
