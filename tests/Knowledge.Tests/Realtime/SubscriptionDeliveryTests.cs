using System.Diagnostics;
using Knowledge.Api.GraphQL.WebSockets;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Realtime;

/// <summary>Subscription fields end to end: events reach the right subscribers, re-read as each subscriber may see them.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SubscriptionDeliveryTests(RealtimeAppFixture fixture)
{
    private const string CreateTicket = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }";
    private KnowledgeApp App => fixture.App;

    private async Task<string> CreateKeyAsync(string role, string[]? locales = null)
    {
        var data = await App.Client().QueryAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
            new { input = new { name = "rt-" + Guid.NewGuid().ToString("n")[..8], role, locales } });
        return data.GetProperty("createApiKey").GetProperty("secret").GetString()!;
    }

    private static async Task<WebSocketTestClient.Received> NextAsync(WebSocketTestClient client, TimeSpan? wait = null)
    {
        var message = await client.ReceiveSkippingPingsAsync(wait);
        Assert.True(message.Type == "next", $"Expected next, got {(message.IsClose ? "close " + message.CloseStatus : message.Json.ToString())}");
        return message;
    }

    [Fact]
    public async Task Should_deliver_a_created_ticket_to_a_ticketUpdated_subscriber_when_the_mutation_commits()
    {
        await using var agent = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(TicketEvents.Updated, () => agent.SubscribeAsync("t", "subscription { ticketUpdated { id subject status } }"));
        // warm the mutation path first: the bound below is about delivery, not a cold instance's first request
        await App.Client().QueryAsync("mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }",
            new { input = new { subject = "Warm-up", body = "Warm-up" } });
        var watch = Stopwatch.StartNew();
        var created = await App.Client().QueryAsync(CreateTicket, new { input = new { subject = "Realtime " + Guid.NewGuid(), body = "Live?" } });
        var id = created.GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString();
        WebSocketTestClient.Received next;
        do next = await NextAsync(agent); while (next.Payload.GetProperty("data").GetProperty("ticketUpdated").GetProperty("id").GetString() != id);
        // mutation round trip + delivery; 1 s is the product's promise, 2 s leaves room for a loaded 2-core CI box
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal("NEW", next.Payload.GetProperty("data").GetProperty("ticketUpdated").GetProperty("status").GetString());
        await agent.SendAsync(new { id = "t", type = "complete" });
    }

    [Fact]
    public async Task Should_deliver_only_the_teams_tickets_when_teamId_is_given()
    {
        var teams = await App.WithDbAsync(db => db.Teams.OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync());
        var ticketIds = await App.WithDbAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync());
        await using var agent = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(TicketEvents.Updated, () =>
            agent.SubscribeAsync("team", "subscription($team: ID) { ticketUpdated(teamId: $team) { id } }", new { team = GlobalId.Encode("Team", teams[0]) }));
        var bus = App.Services.GetRequiredService<IEventBus>();
        await bus.PublishAsync(new DomainEvent(TicketEvents.Updated, ticketIds[0], new Dictionary<string, string> { ["teamId"] = teams[1].ToString() }), default);
        await bus.PublishAsync(new DomainEvent(TicketEvents.Updated, ticketIds[1], new Dictionary<string, string> { ["teamId"] = teams[0].ToString() }), default);
        var next = await NextAsync(agent);
        Assert.Equal(GlobalId.Encode("Ticket", ticketIds[1]), next.Payload.GetProperty("data").GetProperty("ticketUpdated").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_refuse_ticketUpdated_to_a_partner_and_to_anonymous_sockets()
    {
        var partnerKey = await CreateKeyAsync("PARTNER");
        foreach (var key in new[] { partnerKey, null })
        {
            await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, key);
            await client.SubscribeAsync("t", "subscription { ticketUpdated { id } }");
            var next = await NextAsync(client);
            var code = next.Payload.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
            Assert.Equal(key is null ? "UNAUTHENTICATED" : "FORBIDDEN", code);
            Assert.Equal("complete", (await client.ReceiveSkippingPingsAsync()).Type);
        }
    }

    [Fact]
    public async Task Should_never_send_an_internal_article_to_a_partner_when_it_is_published()
    {
        var (internalId, publicId) = await App.WithDbAsync(async db =>
        {
            var published = db.ContentItems.Where(i => i.Variants.Any(v => v.Locale == "en" && v.PublishedRevision != null));
            return (await published.Where(i => i.Audience == Audience.Internal).Select(i => i.Id).FirstAsync(),
                    await published.Where(i => i.Audience == Audience.Public).Select(i => i.Id).FirstAsync());
        });
        var partnerKey = await CreateKeyAsync("PARTNER");
        await using var partner = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, partnerKey);
        await using var staff = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await using var anonymous = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, null);
        const string query = "subscription { articlePublished(locale: \"en\") { articleId title locale } }";
        await App.SubscribedAsync(ContentTopics.Published, async () =>
        {
            foreach (var client in new[] { partner, staff, anonymous }) await client.SubscribeAsync("a", query);
        }, added: 3);
        var bus = App.Services.GetRequiredService<IEventBus>();
        var en = new Dictionary<string, string> { ["locale"] = "en" };
        await bus.PublishAsync(new DomainEvent(ContentTopics.Published, internalId, en), default);
        await bus.PublishAsync(new DomainEvent(ContentTopics.Published, publicId, new Dictionary<string, string> { ["locale"] = "de" }), default);
        await bus.PublishAsync(new DomainEvent(ContentTopics.Published, publicId, en), default);

        string ArticleOf(WebSocketTestClient.Received next) => next.Payload.GetProperty("data").GetProperty("articlePublished").GetProperty("articleId").GetString()!;
        Assert.Equal(GlobalId.Encode("Article", internalId), ArticleOf(await NextAsync(staff)));
        Assert.Equal(GlobalId.Encode("Article", publicId), ArticleOf(await NextAsync(staff)));
        // the first thing partners and anonymous sockets receive is the public article: the internal one was skipped
        Assert.Equal(GlobalId.Encode("Article", publicId), ArticleOf(await NextAsync(partner)));
        Assert.Equal(GlobalId.Encode("Article", publicId), ArticleOf(await NextAsync(anonymous)));
    }

    [Fact]
    public async Task Should_disconnect_a_client_that_never_reads_and_keep_serving_the_others()
    {
        var connections = App.Services.GetRequiredService<WebSocketConnections>();
        var ticketId = await App.WithDbAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        await using var reader = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(TicketEvents.Updated, () => reader.SubscribeAsync("r", "subscription { ticketUpdated { id } }"));
        var received = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var readerCount = 0;
        using var stopReading = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            while (!stopReading.IsCancellationRequested)
            {
                var message = await reader.ReceiveSkippingPingsAsync(TimeSpan.FromSeconds(60));
                if (message.Type != "next") return message.IsClose ? $"closed {message.CloseStatus} {message.CloseDescription}" : message.Json.ToString();
                received[message.Payload.GetProperty("data").GetProperty("ticketUpdated").GetProperty("id").GetString()!] = true;
                Interlocked.Increment(ref readerCount);
            }
            return "stopped";
        });
        using var stalled = await StalledClient.ConnectAsync(fixture.Address, KnowledgeApp.AdminKey);
        var fields = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"b{i}: body"));
        var subscribers = App.SubscriberCount(TicketEvents.Updated);
        await stalled.SubscribeAsync("big", $"subscription {{ ticketUpdated {{ {fields} }} }}");
        for (var i = 0; i < 1500 && App.SubscriberCount(TicketEvents.Updated) <= subscribers; i++) await Task.Delay(10);
        var before = connections.Count;

        var bus = App.Services.GetRequiredService<IEventBus>();
        // Publish in bursts the reading client keeps up with (it catches up before the next burst, however loaded the
        // machine is); the stalled client falls further behind with every burst until its buffers overflow.
        var published = 0;
        while (published < 5000 && connections.Count == before && !reading.IsCompleted)
        {
            for (var i = 0; i < 20; i++, published++)
                await bus.PublishAsync(new DomainEvent(TicketEvents.Updated, ticketId, new Dictionary<string, string>()), default);
            var caughtUp = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref readerCount) < published && DateTime.UtcNow < caughtUp && !reading.IsCompleted) await Task.Delay(5);
        }
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (connections.Count >= before && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(connections.Count < before, $"the stalled client is still connected ({connections.Count} sockets)");

        // the reading client is still served: a new ticket reaches it
        var created = await App.Client().QueryAsync(CreateTicket, new { input = new { subject = "After the flood", body = "Still there?" } });
        var id = created.GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString();
        deadline = DateTime.UtcNow.AddSeconds(20);
        while (!received.ContainsKey(id!) && DateTime.UtcNow < deadline && !reading.IsCompleted) await Task.Delay(50);
        Assert.True(received.ContainsKey(id!), "the reading client did not receive the ticket created after the flood: "
                                               + (reading.IsCompleted ? await reading : "still reading"));
        await stopReading.CancelAsync();
    }
}
