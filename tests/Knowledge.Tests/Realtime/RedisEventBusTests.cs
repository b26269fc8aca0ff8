using System.Collections.Concurrent;
using System.Diagnostics;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Realtime;

/// <summary>Two api instances on one SQLite file and one real redis-server (started by the fixture, lazily).</summary>
public sealed class RedisInstancesFixture : IDisposable
{
    private readonly Lazy<(RedisServer Redis, KnowledgeApp A, KnowledgeApp B)> started = new(Start);

    public RedisServer Redis => started.Value.Redis;
    public KnowledgeApp A => started.Value.A;
    public KnowledgeApp B => started.Value.B;

    private static (RedisServer, KnowledgeApp, KnowledgeApp) Start()
    {
        var redis = new RedisServer();
        var settings = new Dictionary<string, string?>
        {
            ["Events:Provider"] = "Redis",
            ["Events:Redis:Configuration"] = redis.Configuration,
            ["Events:Redis:ChannelPrefix"] = $"test-{Guid.NewGuid():n}:",
            ["Subscriptions:KeepAliveInterval"] = "00:00:00",
        };
        var a = new KnowledgeApp(settings: settings);
        _ = a.Server; // migrate and seed before the second instance opens the same file
        var b = new KnowledgeApp(dataDirectory: a.DataDirectory, settings: settings, kestrel: true);
        _ = b.BaseAddress;
        return (redis, a, b);
    }

    public static RedisEventBus Bus(KnowledgeApp app) => (RedisEventBus)app.Services.GetRequiredService<IEventBus>();

    public async Task WaitConnectedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(Bus(A).IsConnected && Bus(B).IsConnected) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Bus(A).IsConnected && Bus(B).IsConnected, "the instances did not (re)connect to redis");
    }

    public void Dispose()
    {
        if (!started.IsValueCreated) return;
        started.Value.B.Dispose();
        started.Value.A.Dispose();
        started.Value.Redis.Dispose();
    }
}

public sealed class RedisEventBusTests(RedisInstancesFixture fixture) : IClassFixture<RedisInstancesFixture>
{
    private static DomainEvent Ticket(int id) => new(TicketEvents.Updated, id, new Dictionary<string, string>());

    private static (ConcurrentQueue<int> Received, IDisposable Subscription) Listen(KnowledgeApp app)
    {
        var received = new ConcurrentQueue<int>();
        var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe(TicketEvents.Updated, e =>
        {
            received.Enqueue(e.EntityId);
            return ValueTask.CompletedTask;
        });
        return (received, subscription);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
    }

    [RedisFact]
    public async Task Should_deliver_a_ticket_created_on_one_instance_to_a_websocket_subscriber_on_another()
    {
        await fixture.WaitConnectedAsync();
        await using var subscriber = await WebSocketTestClient.ConnectAndInitAsync(fixture.B.BaseAddress, KnowledgeApp.AdminKey);
        await fixture.B.SubscribedAsync(TicketEvents.Updated, () => subscriber.SubscribeAsync("t", "subscription { ticketUpdated { id subject } }"));
        // warm the mutation path first: the bound below is about delivery, not a cold instance's first request
        await fixture.A.Client().QueryAsync("mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }",
            new { input = new { subject = "Warm-up", body = "Warm-up" } });
        var watch = Stopwatch.StartNew();
        var created = await fixture.A.Client().QueryAsync("mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }",
            new { input = new { subject = "Across instances", body = "Via Redis" } });
        var id = created.GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString();
        System.Text.Json.JsonElement ticket;
        do
        {
            var next = await subscriber.ReceiveAsync(); // the warm-up ticket arrives first
            Assert.Equal("next", next.Type);
            ticket = next.Payload.GetProperty("data").GetProperty("ticketUpdated");
        } while (ticket.GetProperty("id").GetString() != id);
        Assert.Equal("Across instances", ticket.GetProperty("subject").GetString());
        // mutation round trip + delivery; 1 s is the product's promise, 2 s leaves room for a loaded 2-core CI box
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [RedisFact]
    public async Task Should_deliver_each_event_exactly_once_on_every_instance()
    {
        await fixture.WaitConnectedAsync();
        var (onA, subscriptionA) = Listen(fixture.A);
        var (onB, subscriptionB) = Listen(fixture.B);
        using (subscriptionA)
        using (subscriptionB)
        {
            for (var i = 1; i <= 5; i++) await RedisInstancesFixture.Bus(fixture.A).PublishAsync(Ticket(i), default);
            await WaitForAsync(() => onB.Count >= 5, TimeSpan.FromSeconds(5));
            await Task.Delay(300); // an echo or a duplicate would arrive within this
            Assert.Equal([1, 2, 3, 4, 5], onA.ToArray());
            Assert.Equal([1, 2, 3, 4, 5], onB.ToArray());
        }
    }

    [RedisFact]
    public async Task Should_keep_local_delivery_and_reconnect_when_redis_goes_down_and_comes_back()
    {
        await fixture.WaitConnectedAsync();
        var (onA, subscriptionA) = Listen(fixture.A);
        var (onB, subscriptionB) = Listen(fixture.B);
        using (subscriptionA)
        using (subscriptionB)
        {
            fixture.Redis.Stop();
            await WaitForAsync(() => !RedisInstancesFixture.Bus(fixture.A).IsConnected, TimeSpan.FromSeconds(10));
            await RedisInstancesFixture.Bus(fixture.A).PublishAsync(Ticket(100), default); // must not throw
            Assert.Equal([100], onA.ToArray());

            fixture.Redis.Start();
            await fixture.WaitConnectedAsync();
            // the multiplexer re-subscribes on its own; keep publishing until the other instance hears again
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!onB.Contains(101) && DateTime.UtcNow < deadline)
            {
                await RedisInstancesFixture.Bus(fixture.A).PublishAsync(Ticket(101), default);
                await Task.Delay(200);
            }
            Assert.Contains(101, onB);
            Assert.DoesNotContain(100, onB);
        }
    }
}
