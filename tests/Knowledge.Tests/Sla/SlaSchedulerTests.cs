using Knowledge.Cms.Escalations;
using Knowledge.Tests.TestKit;
using Knowledge.Tests.Triage;

namespace Knowledge.Tests.Sla;

/// <summary>The 80% scheduler on the injectable clock: milestones raise escalations without any request, once each.</summary>
[Collection(SlaCollection.Name)]
public sealed class SlaSchedulerTests(SlaAppFixture fixture)
{
    private KnowledgeApp App => fixture.App;

    [Fact]
    public async Task Should_raise_an_escalation_to_subscribers_without_a_request_when_an_unanswered_ticket_has_used_80_percent_of_its_first_response_time()
    {
        var ticket = await SlaTestKit.CreateAsync(App, new
        {
            subject = "Dashboard filters reset", body = "Our saved dashboard filters reset every morning.", priority = "P2",
            accountId = await TriageTestKit.AccountIdAsync(App, "GROWTH"), language = "en",
        });
        var id = ticket.GetProperty("id").GetString()!;
        await using var manager = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(EscalationTopics.Raised, () => manager.SubscribeAsync("sla", "subscription { escalationRaised { reasons level ticket { id } } }"));

        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        Assert.Empty(SlaTestKit.Reasons(await SlaTestKit.TicketAsync(App, id), "sla-")); // nothing is due yet

        SlaTestKit.AdvancePast(App, ticket.GetProperty("sla").GetProperty("firstResponseWarnAt").GetDateTime());
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);

        System.Text.Json.JsonElement raised;
        do raised = (await manager.ReceiveSkippingPingsAsync()).Payload.GetProperty("data").GetProperty("escalationRaised");
        while (raised.GetProperty("ticket").GetProperty("id").GetString() != id);
        Assert.StartsWith("sla-80-first-response: 80% of the 4 h first-response target used", raised.GetProperty("reasons")[0].GetString());
        Assert.Equal(1, raised.GetProperty("level").GetInt32());

        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None); // idempotent
        var after = await SlaTestKit.TicketAsync(App, id);
        Assert.Single(SlaTestKit.Reasons(after, "sla-"));
        Assert.Equal("ESCALATED", after.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, after.GetProperty("sla").GetProperty("firstResponseWarnedAt").ValueKind);
        Assert.Contains(after.GetProperty("events").EnumerateArray(), e => e.GetProperty("field").GetString() == "sla" && e.GetProperty("newValue").GetString() == "FIRST_RESPONSE_80");

        // Past the deadline the breach is recorded once, as its own escalation and history entry.
        SlaTestKit.AdvancePast(App, ticket.GetProperty("firstResponseDueAt").GetDateTime());
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        var breached = await SlaTestKit.TicketAsync(App, id);
        Assert.StartsWith("sla-breached-first-response", Assert.Single(SlaTestKit.Reasons(breached, "sla-breached-")));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, breached.GetProperty("sla").GetProperty("firstResponseBreachedAt").ValueKind);
        Assert.Contains(breached.GetProperty("events").EnumerateArray(), e => e.GetProperty("newValue").GetString() == "FIRST_RESPONSE_BREACHED");
    }

    [Fact]
    public async Task Should_not_escalate_first_response_when_an_agent_replied_publicly_but_should_when_only_a_note_was_added()
    {
        var account = await TriageTestKit.AccountIdAsync(App, "SMB");
        var input = new { subject = "Invoice address", body = "Please change the address on our invoices.", priority = "P4", accountId = account, language = "en" };
        var answered = await SlaTestKit.CreateAsync(App, input);
        var noted = await SlaTestKit.CreateAsync(App, input);
        const string add = "mutation($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { ticket { id } } }";
        await App.Client().QueryAsync(add, new { i = new { ticketId = answered.GetProperty("id").GetString(), body = "Done, the new address is on file.", kind = "AGENT" } });
        await App.Client().QueryAsync(add, new { i = new { ticketId = noted.GetProperty("id").GetString(), body = "Finance to confirm.", kind = "INTERNAL_NOTE" } });

        SlaTestKit.AdvancePast(App, answered.GetProperty("sla").GetProperty("firstResponseWarnAt").GetDateTime());
        SlaTestKit.AdvancePast(App, noted.GetProperty("sla").GetProperty("firstResponseWarnAt").GetDateTime());
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);

        Assert.Empty(SlaTestKit.Reasons(await SlaTestKit.TicketAsync(App, answered.GetProperty("id").GetString()!), "sla-80-first-response"));
        Assert.Single(SlaTestKit.Reasons(await SlaTestKit.TicketAsync(App, noted.GetProperty("id").GetString()!), "sla-80-first-response"));
    }
    [Fact]
    public async Task Should_move_the_resolution_deadline_by_the_waiting_time_when_the_customer_answers_late()
    {
        var account = await TriageTestKit.AccountIdAsync(App, "SMB");
        var ticket = await SlaTestKit.CreateAsync(App, new { subject = "Custom report columns", body = "Which columns can we add to the weekly usage report?", priority = "P4", accountId = account, language = "en" });
        var id = ticket.GetProperty("id").GetString()!;
        var originalDue = ticket.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTime().ToUniversalTime();
        await App.Client().QueryAsync("mutation($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { ticket { id } } }",
            new { i = new { ticketId = id, body = "Could you tell us which plan you are on?", kind = "AGENT" } });
        await App.Client().QueryAsync("mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { status } } }", new { i = new { id, status = "AWAITING_CUSTOMER" } });
        const string Sla = "query($id: ID!) { ticket(id: $id) { status sla { resolutionDueAt pausedAt pausedMinutes } escalations { reasons } } }";
        var paused = (await App.Client().QueryAsync(Sla, new { id })).GetProperty("ticket");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, paused.GetProperty("sla").GetProperty("pausedAt").ValueKind);

        // The customer answers only after the original resolution deadline has passed.
        SlaTestKit.AdvancePast(App, originalDue);
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        await App.Client().QueryAsync("mutation($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { ticket { id } } }",
            new { i = new { ticketId = id, body = "We are on the Growth plan.", kind = "CUSTOMER" } });
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);

        var resumed = (await App.Client().QueryAsync(Sla, new { id })).GetProperty("ticket");
        var sla = resumed.GetProperty("sla");
        Assert.Equal("OPEN", resumed.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sla.GetProperty("pausedAt").ValueKind);
        Assert.True(sla.GetProperty("pausedMinutes").GetInt32() > 0);
        Assert.True(sla.GetProperty("resolutionDueAt").GetDateTime().ToUniversalTime() > App.Clock.UtcNow, "the deadline moved past the customer's late answer");
        var reasons = resumed.GetProperty("escalations").EnumerateArray().SelectMany(e => e.GetProperty("reasons").EnumerateArray()).Select(r => r.GetString()!).ToList();
        Assert.DoesNotContain(reasons, r => r.StartsWith("sla-breached-resolution", StringComparison.Ordinal) || r.StartsWith("sla-80-resolution", StringComparison.Ordinal));
    }
}
