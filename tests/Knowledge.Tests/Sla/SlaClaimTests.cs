using Knowledge.Cms.Notifications;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Sla;

/// <summary>Two api instances on one database sweeping at once, and a restart: every milestone is raised once.</summary>
public sealed class SlaClaimTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Triage:TrainOnStart"] = "false", ["Sla:SweepInterval"] = "01:00:00" };

    [Fact]
    public async Task Should_raise_a_milestone_once_when_two_instances_sweep_the_same_database_at_once_and_after_a_restart()
    {
        var directory = KnowledgeApp.NewDataDirectory();
        try
        {
            using var a = new KnowledgeApp(seedDemo: false, dataDirectory: directory, settings: Settings);
            _ = a.Server; // migrate before the second instance opens the file
            using var b = new KnowledgeApp(seedDemo: false, dataDirectory: directory, settings: Settings);
            _ = b.Server;
            var tickets = new List<string>();
            for (var i = 0; i < 5; i++)
                tickets.Add((await SlaTestKit.CreateAsync(a, new { subject = $"Login fails {i}", body = "Nobody on our team can sign in since this morning.", priority = "P1", language = "en" }))
                    .GetProperty("sla").GetProperty("firstResponseWarnAt").GetString()!);
            var warnAt = tickets.Select(DateTime.Parse).Max().ToUniversalTime();
            SlaTestKit.AdvancePast(a, warnAt);
            SlaTestKit.AdvancePast(b, warnAt);

            await Task.WhenAll(
                Task.Run(() => SlaTestKit.Scheduler(a).SweepAsync(CancellationToken.None)),
                Task.Run(() => SlaTestKit.Scheduler(b).SweepAsync(CancellationToken.None)));
            await Task.WhenAll(
                Task.Run(() => SlaTestKit.Scheduler(a).SweepAsync(CancellationToken.None)),
                Task.Run(() => SlaTestKit.Scheduler(b).SweepAsync(CancellationToken.None)));

            await AssertRaisedOnceAsync(a, 5);

            // A restarted instance finds the claims in the database.
            a.Dispose();
            using var c = new KnowledgeApp(seedDemo: false, dataDirectory: directory, settings: Settings);
            SlaTestKit.AdvancePast(c, warnAt);
            await SlaTestKit.Scheduler(c).SweepAsync(CancellationToken.None);
            await AssertRaisedOnceAsync(c, 5);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task AssertRaisedOnceAsync(KnowledgeApp app, int tickets)
    {
        var escalations = await app.WithDbAsync(db => db.Escalations.AsNoTracking().ToListAsync());
        var sla = escalations.Where(e => e.Reasons.Any(r => r.StartsWith("sla-80-first-response", StringComparison.Ordinal))).ToList();
        Assert.Equal(tickets, sla.Count);
        Assert.Equal(tickets, sla.Select(e => e.TicketId).Distinct().Count());
        // FREE P1 (tickets without an account) notifies the team lead: one notification per escalation, delivered once.
        var notifications = await app.WithDbAsync(db => db.Set<Notification>().AsNoTracking().ToListAsync());
        var ids = sla.Select(e => (int?)e.Id).ToHashSet();
        var mine = notifications.Where(n => ids.Contains(n.EscalationId)).ToList();
        Assert.Equal(tickets, mine.Count);
        Assert.All(mine, n => Assert.NotNull(n.DeliveredAt));
        Assert.All(escalations, e => Assert.NotNull(e.NotificationsPlannedAt));
    }
}
