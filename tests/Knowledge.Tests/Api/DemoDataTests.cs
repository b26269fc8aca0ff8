using Knowledge.Cms.Accounts;
using Knowledge.Cms.Data.Demo;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class DemoDataTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_seed_the_contract_anchors()
    {
        var northwind = await app.WithDbAsync(db => db.Accounts.Include(a => a.Contacts).SingleAsync(a => a.Name == "Northwind Health"));
        Assert.Equal(AccountTier.Enterprise, northwind.Tier);
        Assert.Equal(KnowledgeApp.ReferenceDate.AddDays(45), northwind.RenewalDate);
        Assert.Contains(northwind.Contacts, c => c.Role == ContactRole.Executive);

        var locales = await app.WithDbAsync(db => db.ContentVariants
            .Where(v => v.Item!.Variants.Any(x => x.Slug == "reset-your-password")).Select(v => v.Locale).ToListAsync());
        Assert.Equal(["de", "en", "es", "fr", "ja", "zh"], locales.Order());
    }

    [Fact]
    public async Task Should_seed_a_help_desk_of_the_promised_size()
    {
        var (accounts, teams, agents, issueTypes, categories, tickets, languages, articles, faqs) = await app.WithDbAsync(async db => (
            await db.Accounts.CountAsync(), await db.Teams.CountAsync(), await db.Agents.CountAsync(), await db.IssueTypes.CountAsync(),
            await db.Categories.CountAsync(), await db.Tickets.CountAsync(), await db.Tickets.Select(t => t.Language).Distinct().CountAsync(),
            await db.ContentItems.CountAsync(i => i.Kind != Knowledge.Cms.Articles.ContentKind.Faq),
            await db.ContentItems.CountAsync(i => i.Kind == Knowledge.Cms.Articles.ContentKind.Faq)));
        Assert.True(accounts >= 60, $"{accounts} accounts");
        Assert.True(teams >= 8);
        Assert.True(agents >= 25);
        Assert.True(issueTypes >= 30 && categories >= 8, $"{issueTypes} issue types in {categories} categories");
        Assert.True(tickets >= 1000, $"{tickets} tickets");
        Assert.True(languages >= 6, $"{languages} languages");
        Assert.True(articles >= 40 && faqs >= 60, $"{articles} articles, {faqs} FAQs");
    }

    [Fact]
    public async Task Should_spread_tickets_over_twelve_months_with_threads()
    {
        var (oldest, newest, withThreads) = await app.WithDbAsync(async db => (
            await db.Tickets.MinAsync(t => t.CreatedAt), await db.Tickets.MaxAsync(t => t.CreatedAt),
            await db.Tickets.CountAsync(t => t.Messages.Count >= 2)));
        Assert.True((newest - oldest).TotalDays > 330);
        Assert.True(withThreads > 800, $"{withThreads} tickets with a thread");
    }

    [Fact]
    public async Task Should_give_every_agent_language_a_speaker_in_every_team()
    {
        var agents = await app.WithDbAsync(db => db.Agents.ToListAsync());
        foreach (var team in agents.GroupBy(a => a.TeamId))
            foreach (var language in new[] { "en", "de", "fr", "es", "ja", "zh" })
                Assert.Contains(team, a => a.Languages.Contains(language));
    }
}

public sealed class SeedingTests
{
    [Fact]
    public async Task Should_seed_once_quickly_and_not_reseed_on_a_second_start()
    {
        var directory = KnowledgeApp.NewDataDirectory();
        int tickets;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (var first = new KnowledgeApp(dataDirectory: directory))
        {
            _ = first.Server;
            watch.Stop();
            tickets = await first.WithDbAsync(db => db.Tickets.CountAsync());
            await first.Client().QueryAsync("mutation { createTicket(input: { subject: \"kept\", body: \"across restarts\" }) { ticket { id } } }");
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"first start with seeding took {watch.Elapsed}");
        Assert.True(tickets >= DemoSeeder.TicketCount * 0.9);

        using (var second = new KnowledgeApp(dataDirectory: directory))
        {
            Assert.Equal(tickets + 1, await second.WithDbAsync(db => db.Tickets.CountAsync()));
            Assert.Equal(1, await second.WithDbAsync(db => db.Accounts.CountAsync(a => a.Name == "Northwind Health")));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Should_seed_the_same_rows_every_time()
    {
        using var a = new KnowledgeApp();
        using var b = new KnowledgeApp();
        var subjectsA = await a.WithDbAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Subject + t.Priority + t.CreatedAt).Take(200).ToListAsync());
        var subjectsB = await b.WithDbAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Subject + t.Priority + t.CreatedAt).Take(200).ToListAsync());
        Assert.Equal(subjectsA, subjectsB);
    }

    [Fact]
    public async Task Should_start_empty_when_demo_seeding_is_off()
    {
        using var app = new KnowledgeApp(seedDemo: false);
        Assert.Equal(0, await app.WithDbAsync(db => db.Tickets.CountAsync()));
        Assert.Equal("ADMIN", (await app.Client().QueryAsync("{ viewer { kind } }")).GetProperty("viewer").GetProperty("kind").GetString());
    }
}
