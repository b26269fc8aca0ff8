using System.Diagnostics;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Escalations;
using Knowledge.Schema.Infrastructure;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Realtime;

/// <summary>VIP escalation end to end: an executive's ticket reaches an escalationRaised subscriber with its hand-off.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class EscalationDeliveryTests(RealtimeAppFixture fixture)
{
    private KnowledgeApp App => fixture.App;

    [Fact]
    public async Task Should_push_an_escalation_with_hand_off_when_northwinds_executive_opens_a_ticket()
    {
        var executive = await App.WithDbAsync(db => db.Contacts.Where(c => c.Account!.Name == "Northwind Health" && c.Role == ContactRole.Executive).Select(c => c.Id).FirstAsync());
        await using var manager = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(EscalationTopics.Raised, () => manager.SubscribeAsync("vip",
            "subscription { escalationRaised(tier: ENTERPRISE) { reasons level ticket { id subject } handoff { account { name tier arr renewalDate csmOwner } daysToRenewal averageCsat openEscalations suggestedApproach recentTickets { subject } } } }"));
        await App.Client().QueryAsync("mutation { createTicket(input: { subject: \"Warm-up\", body: \"Warm-up\" }) { ticket { id } } }");

        var watch = Stopwatch.StartNew();
        var subject = "Question about our reporting setup " + Guid.NewGuid().ToString("n")[..6];
        await App.Client().QueryAsync("mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }",
            new { input = new { subject, body = "Could someone walk our operations team through the weekly reports?", requesterId = GlobalId.Encode("Contact", executive) } });
        WebSocketTestClient.Received next;
        do next = await manager.ReceiveSkippingPingsAsync();
        while (next.Type == "next" && next.Payload.GetProperty("data").GetProperty("escalationRaised").GetProperty("ticket").GetProperty("subject").GetString() != subject);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        var escalation = next.Payload.GetProperty("data").GetProperty("escalationRaised");
        Assert.Contains(escalation.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("vip-executive"));
        var handoff = escalation.GetProperty("handoff");
        Assert.Equal("Northwind Health", handoff.GetProperty("account").GetProperty("name").GetString());
        Assert.Equal("ENTERPRISE", handoff.GetProperty("account").GetProperty("tier").GetString());
        Assert.NotEmpty(handoff.GetProperty("recentTickets").EnumerateArray());
        Assert.Contains("CSM", handoff.GetProperty("suggestedApproach").GetString());
    }
}
