using System.Text.Json;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class TicketMutationTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private const string Create = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject status priority language version account { name } requester { name } messages { kind body } } } }";

    private Task<int> TicketCountAsync() => app.WithDbAsync(db => db.Tickets.CountAsync());

    private async Task<string> AccountIdAsync(string name) =>
        (await app.Client().QueryAsync("query($n: String) { accounts(first: 1, where: { nameContains: $n }) { nodes { id } } }", new { n = name }))
        .GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString()!;

    [Fact]
    public async Task Should_create_a_ticket_with_its_first_message()
    {
        var accountId = await AccountIdAsync("Northwind Health");
        var data = await app.Client().QueryAsync(Create, new { input = new { subject = "Export stuck", body = "The CSV export has been running for an hour.", accountId, channel = "EMAIL" } });
        var ticket = data.GetProperty("createTicket").GetProperty("ticket");
        Assert.Equal("NEW", ticket.GetProperty("status").GetString());
        Assert.Equal("Northwind Health", ticket.GetProperty("account").GetProperty("name").GetString());
        Assert.Equal("CUSTOMER", ticket.GetProperty("messages")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_fail_with_not_found_and_write_nothing_when_the_account_is_unknown()
    {
        var before = await TicketCountAsync();
        var unknown = Knowledge.Schema.Infrastructure.GlobalId.Encode("Account", 999_999);
        var response = await app.Client().PostAsync(Create, new { input = new { subject = "Hello", body = "World", accountId = unknown } });
        Assert.Equal("NOT_FOUND", response.FirstCode);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(before, await TicketCountAsync());
    }

    [Theory]
    [InlineData("", "body", "input.subject")]
    [InlineData("   ", "body", "input.subject")]
    [InlineData("subject", "", "input.body")]
    public async Task Should_fail_with_validation_naming_the_field_when_text_is_empty(string subject, string body, string field)
    {
        var before = await TicketCountAsync();
        var response = await app.Client().PostAsync(Create, new { input = new { subject, body } });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal(field, response.FirstField);
        Assert.Contains(field, response.Errors[0].GetProperty("message").GetString());
        Assert.Equal(before, await TicketCountAsync());
    }

    [Fact]
    public async Task Should_fail_with_validation_when_an_id_is_of_the_wrong_type()
    {
        var teamId = Knowledge.Schema.Infrastructure.GlobalId.Encode("Team", 1);
        var response = await app.Client().PostAsync(Create, new { input = new { subject = "s", body = "b", accountId = teamId } });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Contains("input.accountId", response.Body);
    }

    [Fact]
    public async Task Should_detect_a_stale_update_with_conflict()
    {
        var created = (await app.Client().QueryAsync(Create, new { input = new { subject = "Two agents", body = "Race" } }))
            .GetProperty("createTicket").GetProperty("ticket");
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();
        const string update = "mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { status priority version } } }";

        var first = await app.Client().QueryAsync(update, new { input = new { id, expectedVersion = version, status = "OPEN" } });
        Assert.Equal(version + 1, first.GetProperty("updateTicket").GetProperty("ticket").GetProperty("version").GetInt32());

        var second = await app.Client().PostAsync(update, new { input = new { id, expectedVersion = version, priority = "P1" } });
        Assert.Equal("CONFLICT", second.FirstCode);
        var reread = await app.Client().QueryAsync("query($id: ID!) { ticket(id: $id) { status priority } }", new { id });
        Assert.Equal("OPEN", reread.GetProperty("ticket").GetProperty("status").GetString());
        Assert.NotEqual("P1", reread.GetProperty("ticket").GetProperty("priority").GetString());
    }

    [Fact]
    public async Task Should_add_an_agent_reply_and_open_the_ticket()
    {
        var id = (await app.Client().QueryAsync(Create, new { input = new { subject = "Reply me", body = "Please" } }))
            .GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString();
        var data = await app.Client().QueryAsync(
            "mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { ticket { status firstRespondedAt messages { kind } } message { kind body } } }",
            new { input = new { ticketId = id, body = "We are on it.", kind = "AGENT" } });
        var ticket = data.GetProperty("addTicketMessage").GetProperty("ticket");
        Assert.Equal("OPEN", ticket.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, ticket.GetProperty("firstRespondedAt").ValueKind);
        Assert.Equal(2, ticket.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task Should_create_and_update_accounts_contacts_teams_and_taxonomy_nodes()
    {
        var client = app.Client();
        var account = (await client.QueryAsync("mutation { createAccount(input: { name: \"Contoso Pharma\", tier: GROWTH, arr: 120000, timeZone: \"Europe/Berlin\" }) { account { id tier version } } }"))
            .GetProperty("createAccount").GetProperty("account");
        var updated = await client.QueryAsync("mutation($id: ID!, $v: Int) { updateAccount(input: { id: $id, expectedVersion: $v, healthScore: 42 }) { account { healthScore } } }",
            new { id = account.GetProperty("id").GetString(), v = account.GetProperty("version").GetInt32() });
        Assert.Equal(42, updated.GetProperty("updateAccount").GetProperty("account").GetProperty("healthScore").GetInt32());
        var contact = await client.PostAsync("mutation($a: ID!) { createContact(input: { accountId: $a, name: \"Ada\", email: \"not-an-email\" }) { contact { id } } }",
            new { a = account.GetProperty("id").GetString() });
        Assert.Equal("VALIDATION", contact.FirstCode);
        Assert.Equal("input.email", contact.FirstField);

        var category = (await client.QueryAsync("mutation { createCategory(input: { slug: \"hardware\", name: \"Hardware\" }) { id } }")).GetProperty("createCategory").GetProperty("id").GetString();
        var sub = (await client.QueryAsync("mutation($p: ID) { createSubcategory(input: { slug: \"printers\", name: \"Printers\", parentId: $p }) { id } }", new { p = category }))
            .GetProperty("createSubcategory").GetProperty("id").GetString();
        var issue = await client.QueryAsync("mutation($p: ID) { createIssueType(input: { slug: \"printer-jam\", name: \"Printer jam\", parentId: $p, defaultPriority: P4 }) { path defaultPriority } }", new { p = sub });
        Assert.Equal("Hardware › Printers › Printer jam", issue.GetProperty("createIssueType").GetProperty("path").GetString());
        var team = await client.QueryAsync("mutation { createTeam(input: { slug: \"hardware-desk\", name: \"Hardware Desk\", skills: [\"printers\"] }) { id slug } }");
        Assert.Equal("hardware-desk", team.GetProperty("createTeam").GetProperty("slug").GetString());
    }
}
