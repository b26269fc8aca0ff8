using Knowledge.Cms.Articles;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Realtime;

/// <summary>Who receives what: articles published through the CMS, revoked keys, subscriptions over plain HTTP.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SubscriptionAccessTests(RealtimeAppFixture fixture)
{
    private KnowledgeApp App => fixture.App;

    private async Task<(string Id, string Secret)> CreateKeyAsync(string role)
    {
        var data = await App.Client().QueryAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }",
            new { input = new { name = "rt-" + Guid.NewGuid().ToString("n")[..8], role } });
        var payload = data.GetProperty("createApiKey");
        return (payload.GetProperty("apiKey").GetProperty("id").GetString()!, payload.GetProperty("secret").GetString()!);
    }

    private async Task<string> CreateAndPublishAsync(string audience)
    {
        var slug = "rt-" + audience.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("n")[..8];
        var created = await App.Client().QueryAsync("mutation($input: CreateArticleInput!) { createArticle(input: $input) { article { id } } }",
            new { input = new { slug, locale = "en", title = "Live " + slug, body = "## Live\n\nPublished while you watch.", audience } });
        var id = created.GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString()!;
        await App.Client().QueryAsync("mutation($input: PublishArticleInput!) { publishArticle(input: $input) { revision } }",
            new { input = new { articleId = id, locale = "en", revision = 1 } });
        return id;
    }

    [Fact]
    public async Task Should_announce_articles_published_through_the_cms_only_to_subscribers_who_may_read_them()
    {
        var (_, partnerKey) = await CreateKeyAsync("PARTNER");
        await using var partner = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, partnerKey);
        await using var staff = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        const string query = "subscription { articlePublished(locale: \"en\") { articleId title locale } }";
        await App.SubscribedAsync(ContentTopics.Published, async () =>
        {
            await partner.SubscribeAsync("a", query);
            await staff.SubscribeAsync("a", query);
        }, added: 2);

        var internalId = await CreateAndPublishAsync("INTERNAL");
        var publicId = await CreateAndPublishAsync("PUBLIC");

        static string ArticleOf(WebSocketTestClient.Received next) =>
            next.Payload.GetProperty("data").GetProperty("articlePublished").GetProperty("articleId").GetString()!;
        Assert.Equal(internalId, ArticleOf(await staff.ReceiveSkippingPingsAsync()));
        Assert.Equal(publicId, ArticleOf(await staff.ReceiveSkippingPingsAsync()));
        var first = await partner.ReceiveSkippingPingsAsync();
        Assert.Equal(publicId, ArticleOf(first));
        Assert.StartsWith("Live rt-public-", first.Payload.GetProperty("data").GetProperty("articlePublished").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_close_with_4403_when_the_sockets_key_is_revoked_and_an_event_arrives()
    {
        var (keyId, agentKey) = await CreateKeyAsync("AGENT");
        await using var agent = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, agentKey);
        await App.SubscribedAsync(TicketEvents.Updated, () => agent.SubscribeAsync("t", "subscription { ticketUpdated { id } }"));
        await App.Client().QueryAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }", new { id = keyId });

        var ticketId = await App.WithDbAsync(db => db.Tickets.Select(t => t.Id).FirstAsync());
        await App.Services.GetRequiredService<IEventBus>().PublishAsync(new DomainEvent(TicketEvents.Updated, ticketId, new Dictionary<string, string>()), default);
        Assert.Equal(4403, await agent.ExpectCloseAsync());
    }

    [Fact]
    public async Task Should_refuse_a_subscription_sent_over_plain_http()
    {
        var response = await App.Client().PostAsync("subscription { ticketUpdated { id } }");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("graphql-transport-ws", response.Body);
    }
}
