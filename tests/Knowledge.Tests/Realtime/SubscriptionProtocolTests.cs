using System.Net.WebSockets;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Realtime;

/// <summary>graphql-transport-ws protocol rules, driven with a raw ClientWebSocket over a real port.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SubscriptionProtocolTests(RealtimeAppFixture fixture)
{
    private const string TicketSubscription = "subscription { ticketUpdated { id subject } }";

    [Fact]
    public async Task Should_close_with_4408_when_no_connection_init_arrives_within_the_timeout()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
        Assert.Equal(4408, await client.ExpectCloseAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Should_close_with_4429_when_connection_init_is_sent_twice()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4401_when_subscribing_before_the_ack()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address);
        await client.SubscribeAsync("1", TicketSubscription);
        Assert.Equal(4401, await client.ExpectCloseAsync());
    }

    [Theory]
    [InlineData("Bearer not-a-real-key-0000000000")]
    [InlineData("Basic abc")]
    public async Task Should_close_with_4403_when_the_init_key_is_unknown_or_malformed(string authorization)
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization } });
        Assert.Equal(4403, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_send_an_error_and_keep_the_socket_open_when_the_document_is_invalid()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await client.SubscribeAsync("bad", "subscription { noSuchField }");
        var error = await client.ReceiveSkippingPingsAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("bad", error.Id);
        Assert.Contains("noSuchField", error.Payload[0].GetProperty("message").GetString());
        await client.SubscribeAsync("syntax", "subscription {");
        Assert.Equal("error", (await client.ReceiveSkippingPingsAsync()).Type);
        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });
        var pong = await client.ReceiveSkippingPingsAsync();
        Assert.Equal("pong", pong.Type);
        Assert.Equal(1, pong.Payload.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Should_close_with_4409_when_a_subscription_id_is_already_in_use()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await client.SubscribeAsync("same", TicketSubscription);
        await client.SubscribeAsync("same", TicketSubscription);
        Assert.Equal(4409, await client.ExpectCloseAsync());
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"type":"no_such_type"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":42}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("[1,2,3]")]
    public async Task Should_close_with_4400_when_a_frame_is_not_a_valid_message(string frame)
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await client.SendTextAsync(frame);
        Assert.Equal(4400, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_accept_a_large_query_and_close_with_4400_when_a_message_exceeds_the_limit()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        var padding = new string(' ', 20_000); // larger than the initial receive buffer, within the 64 KB limit
        await client.SubscribeAsync("big", "{" + padding + "__typename }");
        Assert.Equal("next", (await client.ReceiveSkippingPingsAsync()).Type);
        Assert.Equal("complete", (await client.ReceiveSkippingPingsAsync()).Type);
        await client.SubscribeAsync("huge", "{" + new string(' ', 70_000) + "__typename }");
        Assert.Equal(4400, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4400_when_a_binary_frame_arrives()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address);
        await client.Socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(4400, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_close_with_4406_when_the_subprotocol_is_not_offered()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address, subprotocol: null);
        Assert.Equal(4406, await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_ping_the_client_and_accept_its_pong_when_idle()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, null);
        var ping = await client.ReceiveAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("ping", ping.Type);
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveSkippingPingsAsync()).Type);
    }

    [Fact]
    public async Task Should_answer_a_query_with_one_next_and_complete_when_sent_over_the_socket()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await client.SubscribeAsync("q", "query { tickets(first: 2) { totalCount } }");
        var next = await client.ReceiveSkippingPingsAsync();
        Assert.Equal("next", next.Type);
        Assert.True(next.Payload.GetProperty("data").GetProperty("tickets").GetProperty("totalCount").GetInt32() > 0);
        var complete = await client.ReceiveSkippingPingsAsync();
        Assert.Equal(("complete", "q"), (complete.Type, complete.Id));
        // the id is free again once the server completed it
        await client.SubscribeAsync("q", "{ __typename }");
        Assert.Equal("next", (await client.ReceiveSkippingPingsAsync()).Type);
    }

    [Fact]
    public async Task Should_authenticate_with_the_upgrade_header_when_init_has_no_authorization()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(fixture.Address, authorizationHeader: "Bearer " + KnowledgeApp.AdminKey);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
        await client.SubscribeAsync("q", "{ tickets(first: 1) { totalCount } }");
        var next = await client.ReceiveSkippingPingsAsync();
        Assert.False(next.Payload.TryGetProperty("errors", out _), next.Json.ToString());
    }

    [Fact]
    public async Task Should_answer_the_clients_close_frame_with_its_code()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        Assert.Equal(WebSocketState.Closed, client.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
    }
}
