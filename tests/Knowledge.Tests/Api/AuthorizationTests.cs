using System.Net;
using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class AuthorizationTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private async Task<(string Id, string Secret)> CreateKeyAsync(string role, string name, string[]? locales = null)
    {
        var data = await app.Client().QueryAsync(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name role } secret } }",
            new { input = new { name, role, locales } });
        var payload = data.GetProperty("createApiKey");
        Assert.Equal(role, payload.GetProperty("apiKey").GetProperty("role").GetString());
        return (payload.GetProperty("apiKey").GetProperty("id").GetString()!, payload.GetProperty("secret").GetString()!);
    }

    [Fact]
    public async Task Should_refuse_a_mutation_without_credentials_as_unauthenticated()
    {
        var response = await app.Anonymous().PostAsync("mutation { createTicket(input: { subject: \"Hi\", body: \"Help\" }) { ticket { id } } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }

    [Fact]
    public async Task Should_forbid_a_partner_reading_tickets_or_accounts_and_give_no_data()
    {
        var (_, secret) = await CreateKeyAsync("PARTNER", "partner-portal");
        var partner = app.Client(secret);
        var tickets = await partner.PostAsync("{ tickets(first: 5) { totalCount edges { node { subject } } } }");
        Assert.Equal("FORBIDDEN", tickets.FirstCode);
        Assert.Equal(JsonValueKind.Null, tickets.Data.ValueKind);
        Assert.DoesNotContain("subject\":", tickets.Body);

        // accounts is non-null, so the error nulls the whole data (GraphQL null propagation): no account data leaks.
        var accounts = await partner.PostAsync("{ viewer { kind } accounts(first: 5) { totalCount nodes { name arr } } }");
        Assert.Equal("FORBIDDEN", accounts.FirstCode);
        Assert.Equal(JsonValueKind.Null, accounts.Data.ValueKind);
        var account = await partner.PostAsync("{ account(id: \"QWNjb3VudDox\") { name } }");
        Assert.Equal("FORBIDDEN", account.FirstCode);
        Assert.Equal(JsonValueKind.Null, account.Data.GetProperty("account").ValueKind);
    }

    [Fact]
    public async Task Should_refuse_anonymous_callers_reading_tickets()
    {
        var response = await app.Anonymous().PostAsync("{ tickets(first: 1) { totalCount } }");
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
    }

    [Fact]
    public async Task Should_refuse_a_revoked_key_as_unauthenticated()
    {
        var (id, secret) = await CreateKeyAsync("AGENT", "short-lived");
        Assert.Equal("AGENT", (await app.Client(secret).QueryAsync("{ viewer { kind } }")).GetProperty("viewer").GetProperty("kind").GetString());

        await app.Client().QueryAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }", new { id });

        var response = await app.Client(secret).PostAsync("{ viewer { kind } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_key_as_unauthenticated()
    {
        var response = await app.Client("kn_not-a-real-key").PostAsync("{ viewer { kind } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
    }

    [Fact]
    public async Task Should_store_keys_hashed_and_return_the_secret_once()
    {
        var (id, secret) = await CreateKeyAsync("AGENT", "hashed");
        var stored = await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Select(k => k.SecretHash + k.Prefix + k.Name).ToList()));
        Assert.DoesNotContain(stored, s => s.Contains(secret));
        var listed = await app.Client().PostAsync("{ apiKeys { id prefix } }");
        Assert.DoesNotContain(secret, listed.Body);
        Assert.Contains(id, listed.Body);
    }

    [Fact]
    public async Task Should_forbid_an_agent_creating_api_keys()
    {
        var (_, secret) = await CreateKeyAsync("AGENT", "agent-no-admin");
        var response = await app.Client(secret).PostAsync("mutation { createApiKey(input: { name: \"x\", role: ADMIN }) { secret } }");
        Assert.Equal("FORBIDDEN", response.FirstCode);
        Assert.DoesNotContain("kn_", response.Body);
    }

    [Fact]
    public async Task Should_limit_partners_to_published_public_and_partner_content()
    {
        var (_, secret) = await CreateKeyAsync("PARTNER", "partner-audiences");
        const string query = "{ articles(first: 100) { totalCount nodes { audience } } }";
        var partner = await app.Client(secret).QueryAsync(query);
        var anonymous = await app.Anonymous().QueryAsync(query);
        var staff = await app.Client().QueryAsync(query);
        var audiences = (JsonElement d) => d.GetProperty("articles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("audience").GetString()).ToHashSet();
        Assert.Equal(["PUBLIC"], audiences(anonymous));
        Assert.Equal(["PARTNER", "PUBLIC"], audiences(partner).Order());
        Assert.Contains("INTERNAL", audiences(staff));
        Assert.True(anonymous.GetProperty("articles").GetProperty("totalCount").GetInt32() < partner.GetProperty("articles").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Should_forbid_fetching_a_ticket_through_node_as_a_partner()
    {
        var ticketId = (await app.Client().QueryAsync("{ tickets(first: 1) { nodes { id } } }"))
            .GetProperty("tickets").GetProperty("nodes")[0].GetProperty("id").GetString();
        var (_, secret) = await CreateKeyAsync("PARTNER", "partner-node");
        var response = await app.Client(secret).PostAsync("query($id: ID!) { node(id: $id) { id ... on Ticket { subject } } }", new { id = ticketId });
        Assert.Equal("FORBIDDEN", response.FirstCode);
        Assert.DoesNotContain("subject\":\"", response.Body);
    }
}
