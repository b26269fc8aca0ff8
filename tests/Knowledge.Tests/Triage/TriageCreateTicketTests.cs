using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Triage;

[Collection(SeededCollection.Name)]
public sealed class TriageCreateTicketTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_classify_prioritise_route_and_escalate_when_an_enterprise_account_reports_an_outage_in_german()
    {
        await TriageTestKit.WaitForModelAsync(app);
        var accountId = await TriageTestKit.AccountIdAsync(app, "ENTERPRISE");
        var ticket = await TriageTestKit.CreateAsync(app, new
        {
            subject = "Dringend: Lumen ist komplett ausgefallen",
            body = "Seit 9 Uhr ist Lumen Workspace für alle Nutzer in unserem Unternehmen nicht erreichbar. Wir bekommen nur 502 Bad Gateway, die Produktion steht still. Bitte sofort prüfen!",
            accountId,
            language = "de",
        });
        var triage = ticket.GetProperty("triage");
        Assert.False(triage.GetProperty("queued").GetBoolean(), triage.GetProperty("explanation").GetString());
        Assert.Equal("Service outage", ticket.GetProperty("issueType").GetProperty("name").GetString());
        Assert.Equal("Platform Reliability", ticket.GetProperty("team").GetProperty("name").GetString());
        Assert.Contains(ticket.GetProperty("priority").GetString(), new[] { "P1", "P2" });
        Assert.Equal("OUTAGE", triage.GetProperty("severity").GetString());
        Assert.Contains(triage.GetProperty("priorityExplanation").EnumerateArray(), f => f.GetProperty("factor").GetString() == "tier");
        Assert.False(string.IsNullOrWhiteSpace(triage.GetProperty("explanation").GetString()));
        Assert.Contains("de", ticket.GetProperty("assignee").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("speaks de", triage.GetProperty("routingExplanation").GetString());
        var escalation = Assert.Single(ticket.GetProperty("escalations").EnumerateArray());
        Assert.Contains(escalation.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("enterprise-high-priority"));
        Assert.Equal("ESCALATED", ticket.GetProperty("status").GetString());
        Assert.Contains(ticket.GetProperty("events").EnumerateArray(), e => e.GetProperty("field").GetString() == "team" && e.GetProperty("actorKind").GetString() == "TRIAGE");
    }

    [Fact]
    public async Task Should_draft_a_reply_citing_the_password_article_and_await_the_customer_when_a_password_question_comes_in()
    {
        await TriageTestKit.WaitForModelAsync(app);
        var accountId = await TriageTestKit.AccountIdAsync(app, "SMB");
        var ticket = await TriageTestKit.CreateAsync(app, new
        {
            subject = "Forgot my password",
            body = "Hi, I forgot my password and can't log in to Lumen Workspace. How do I reset my password?",
            accountId,
        });
        var triage = ticket.GetProperty("triage");
        Assert.Equal("Password reset", ticket.GetProperty("issueType").GetProperty("name").GetString());
        Assert.True(triage.GetProperty("autoReply").GetBoolean(), triage.GetProperty("explanation").GetString());
        Assert.Equal("reset-your-password", triage.GetProperty("knowledgeMatch").GetProperty("slug").GetString());
        Assert.Equal("AWAITING_CUSTOMER", ticket.GetProperty("status").GetString());
        var draft = ticket.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "INTERNAL_NOTE");
        Assert.Contains("[KB: reset-your-password]", draft.GetProperty("body").GetString());
        Assert.Contains(ticket.GetProperty("events").EnumerateArray(), e => e.GetProperty("newValue").GetString() == "AWAITING_CUSTOMER" && e.GetProperty("actorKind").GetString() == "RULE");

        var answer = await app.Client().QueryAsync(
            "mutation($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { ticket { status escalations { reasons } events { field newValue actorKind } } } }",
            new { i = new { ticketId = ticket.GetProperty("id").GetString(), body = "Thanks, but that didn't help. I still can't log in.", kind = "CUSTOMER" } });
        var after = answer.GetProperty("addTicketMessage").GetProperty("ticket");
        Assert.Equal("ESCALATED", after.GetProperty("status").GetString());
        Assert.StartsWith("auto-reply-rejected", Assert.Single(after.GetProperty("escalations").EnumerateArray()).GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Should_keep_an_agents_changes_in_the_ticket_history()
    {
        var ticket = await TriageTestKit.CreateAsync(app, new { subject = "Invoice question", body = "Could you send me a copy of last month's invoice?", priority = "P3" });
        var updated = await app.Client().QueryAsync(
            "mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { events { field oldValue newValue actorKind actorName } } } }",
            new { i = new { id = ticket.GetProperty("id").GetString(), priority = "P1", status = "RESOLVED" } });
        var events = updated.GetProperty("updateTicket").GetProperty("ticket").GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("actorKind").GetString() == "AGENT").ToList();
        Assert.Contains(events, e => e.GetProperty("field").GetString() == "priority" && e.GetProperty("oldValue").GetString() == "P3" && e.GetProperty("newValue").GetString() == "P1");
        Assert.Contains(events, e => e.GetProperty("field").GetString() == "status" && e.GetProperty("newValue").GetString() == "RESOLVED");
    }
}
