using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

/// <summary>The escalations list agents work from, and taking an escalation on.</summary>
[Collection(SeededCollection.Name)]
public sealed class EscalationApiTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private const string List = "query($where: EscalationFilter) { escalations(first: 50, where: $where) { totalCount nodes { id reasons level acknowledgedAt acknowledgedBy ticket { id subject account { tier } } } } }";

    private async Task<JsonElement> CreateLegalThreatAsync(string subject)
    {
        var accountId = (await app.Client().QueryAsync("{ accounts(first: 1, where: { nameContains: \"Northwind Health\" }) { nodes { id } } }"))
            .GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString();
        var data = await app.Client().QueryAsync("mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id escalations { id reasons } } } }",
            new { input = new { subject, body = "Our lawyer will contact you: the production outage cost us revenue and all users are blocked.", accountId } });
        return data.GetProperty("createTicket").GetProperty("ticket");
    }

    [Fact]
    public async Task Should_list_escalations_by_tier_reason_and_ticket_newest_first()
    {
        var subject = "Legal escalation " + Guid.NewGuid().ToString("n")[..8];
        var ticket = await CreateLegalThreatAsync(subject);
        var ticketId = ticket.GetProperty("id").GetString();

        var byTicket = (await app.Client().QueryAsync(List, new { where = new { ticketId, tier = "ENTERPRISE", reason = "legal", open = true } })).GetProperty("escalations");
        Assert.Equal(1, byTicket.GetProperty("totalCount").GetInt32());
        var node = byTicket.GetProperty("nodes")[0];
        Assert.Equal(subject, node.GetProperty("ticket").GetProperty("subject").GetString());
        Assert.Contains(node.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("legal-threat", StringComparison.Ordinal));

        var otherTier = (await app.Client().QueryAsync(List, new { where = new { ticketId, tier = "SMB" } })).GetProperty("escalations");
        Assert.Equal(0, otherTier.GetProperty("totalCount").GetInt32());
        var otherReason = (await app.Client().QueryAsync(List, new { where = new { ticketId, reason = "churn-" } })).GetProperty("escalations");
        Assert.Equal(0, otherReason.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Should_record_who_acknowledged_and_refuse_a_second_acknowledgement_when_two_agents_take_it_on()
    {
        var ticket = await CreateLegalThreatAsync("Acknowledge me " + Guid.NewGuid().ToString("n")[..8]);
        var escalationId = ticket.GetProperty("escalations")[0].GetProperty("id").GetString();
        const string Ack = "mutation($input: AcknowledgeEscalationInput!) { acknowledgeEscalation(input: $input) { escalation { acknowledgedAt acknowledgedBy } } }";

        var first = await app.Client().PostAsync(Ack, new { input = new { id = escalationId, note = "Calling the customer now." } });
        Assert.Empty(first.Errors);
        Assert.NotEqual(JsonValueKind.Null, first.Data.GetProperty("acknowledgeEscalation").GetProperty("escalation").GetProperty("acknowledgedAt").ValueKind);

        var second = await app.Client().PostAsync(Ack, new { input = new { id = escalationId } });
        Assert.Equal("CONFLICT", second.FirstCode);

        var open = (await app.Client().QueryAsync(List, new { where = new { ticketId = ticket.GetProperty("id").GetString(), open = true } })).GetProperty("escalations");
        Assert.Equal(0, open.GetProperty("totalCount").GetInt32());
        var history = (await app.Client().QueryAsync("query($id: ID!) { ticket(id: $id) { events { field newValue reason } } }", new { id = ticket.GetProperty("id").GetString() }))
            .GetProperty("ticket").GetProperty("events");
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("field").GetString() == "escalation" && e.GetProperty("reason").GetString() == "Calling the customer now.");
    }

    [Fact]
    public async Task Should_answer_validation_errors_naming_the_field_when_the_filter_or_id_is_bad()
    {
        var badLevel = await app.Client().PostAsync(List, new { where = new { minLevel = 7 } });
        Assert.Equal("VALIDATION", badLevel.FirstCode);
        Assert.Equal("where.minLevel", badLevel.FirstField);
        var badId = await app.Client().PostAsync("mutation { acknowledgeEscalation(input: { id: \"nope\" }) { escalation { id } } }");
        Assert.Equal("VALIDATION", badId.FirstCode);
        Assert.Equal("input.id", badId.FirstField);
    }

    [Fact]
    public async Task Should_refuse_escalations_when_the_caller_is_anonymous_or_a_partner()
    {
        Assert.Equal("UNAUTHENTICATED", (await app.Anonymous().PostAsync(List)).FirstCode);
        var secret = (await app.Client().QueryAsync("mutation { createApiKey(input: { name: \"partner-escalations\", role: PARTNER }) { secret } }"))
            .GetProperty("createApiKey").GetProperty("secret").GetString();
        var partner = await app.Client(secret).PostAsync(List);
        Assert.Equal("FORBIDDEN", partner.FirstCode);
        Assert.DoesNotContain("reasons\":", partner.Body);
    }
}
