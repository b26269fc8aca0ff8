using System.Diagnostics;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Notifications;
using Knowledge.Schema.Infrastructure;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Sla;

/// <summary>An executive contact's escalation reaches the account's CSM within the deadline, and a follow-up fires a day later.</summary>
[Collection(SlaCollection.Name)]
public sealed class ExecutiveNotificationTests(SlaAppFixture fixture)
{
    private const string Notifications = "query($w: NotificationFilter) { notifications(first: 50, where: $w) { totalCount nodes { kind role recipientName recipientEmail title body raisedAt dueBy deliveredAt deliverySeconds deadlineMet escalation { reasons } } } }";

    private KnowledgeApp App => fixture.App;

    [Fact]
    public async Task Should_notify_the_csm_within_five_minutes_and_follow_up_a_day_later_when_an_executive_contacts_ticket_escalates()
    {
        var (executive, csmName, csmEmail) = await App.WithDbAsync(async db =>
        {
            var account = await db.Accounts.Include(a => a.Contacts).FirstAsync(a => a.Name == "Northwind Health");
            return (account.Contacts.First(c => c.Role == ContactRole.Executive).Id, account.CsmOwner!, account.CsmEmail!);
        });
        await using var csm = await WebSocketTestClient.ConnectAndInitAsync(fixture.Address, KnowledgeApp.AdminKey);
        await App.SubscribedAsync(NotificationTopics.Received, () => csm.SubscribeAsync("inbox",
            "subscription($e: String) { notificationReceived(role: CSM, recipientEmail: $e) { kind recipientEmail title deliverySeconds deadlineMet ticket { id } } }", new { e = csmEmail }));

        var watch = Stopwatch.StartNew();
        var ticket = await SlaTestKit.CreateAsync(App, new
        {
            subject = "Board meeting tomorrow: reports are wrong", body = "The quarterly report totals do not match our billing export.",
            requesterId = GlobalId.Encode("Contact", executive), language = "en",
        });
        var id = ticket.GetProperty("id").GetString()!;
        Assert.NotEmpty(SlaTestKit.Reasons(ticket, "vip-executive"));

        System.Text.Json.JsonElement received;
        do received = (await csm.ReceiveSkippingPingsAsync(TimeSpan.FromSeconds(30))).Payload.GetProperty("data").GetProperty("notificationReceived");
        while (received.GetProperty("ticket").GetProperty("id").GetString() != id);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(("ESCALATION", csmEmail.ToLowerInvariant()), (received.GetProperty("kind").GetString(), received.GetProperty("recipientEmail").GetString()));
        Assert.True(received.GetProperty("deadlineMet").GetBoolean());
        Assert.InRange(received.GetProperty("deliverySeconds").GetDouble(), 0, 300);

        var inbox = (await App.Client().QueryAsync(Notifications, new { w = new { ticketId = id, role = "CSM" } })).GetProperty("notifications").GetProperty("nodes");
        var notification = Assert.Single(inbox.EnumerateArray());
        Assert.Equal(csmName, notification.GetProperty("recipientName").GetString());
        Assert.Contains("executive contact", notification.GetProperty("body").GetString());
        Assert.Contains("follow-up reminder", notification.GetProperty("body").GetString());
        Assert.Contains(notification.GetProperty("escalation").GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("vip-executive"));
        // ENTERPRISE P1/P2 cells also notify the team lead, on call and sponsor; the executive rule adds nobody twice.
        var all = (await App.Client().QueryAsync(Notifications, new { w = new { ticketId = id, kind = "ESCALATION" } })).GetProperty("notifications");
        Assert.Single(all.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("role").GetString() == "CSM");

        // A day later (on the injectable clock) the scheduler fires the follow-up once.
        App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        await SlaTestKit.Scheduler(App).SweepAsync(CancellationToken.None);
        var followUps = (await App.Client().QueryAsync(Notifications, new { w = new { ticketId = id, kind = "FOLLOW_UP" } })).GetProperty("notifications").GetProperty("nodes");
        var followUp = Assert.Single(followUps.EnumerateArray(), n => n.GetProperty("role").GetString() == "CSM");
        Assert.Contains("Dana Whitfield", followUp.GetProperty("body").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, followUp.GetProperty("deliveredAt").ValueKind);
        var events = (await SlaTestKit.TicketAsync(App, id)).GetProperty("events");
        Assert.Single(events.EnumerateArray(), e => e.GetProperty("field").GetString() == "follow-up");
    }
}
