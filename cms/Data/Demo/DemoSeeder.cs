using System.Diagnostics;
using Knowledge.Cms.Common;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Data.Demo;

/// <summary>
/// Seeds an empty database with a deterministic demo help desk: the same input gives the same rows.
/// Dates are relative to the reference date (<see cref="SeedOptions.ReferenceDate"/>, default today).
/// </summary>
public sealed class DemoSeeder
{
    public const int Seed = 20261124;
    public const int TicketCount = 1200;

    private readonly KnowledgeDbContext db;
    private readonly IClock clock;
    private readonly SeedOptions options;

    internal DemoSeeder(KnowledgeDbContext db, IClock clock, IOptions<SeedOptions> options)
    {
        this.db = db;
        this.clock = clock;
        this.options = options.Value;
    }

    /// <summary>Seeds when the database has no accounts yet; returns a summary, or null when it was not empty.</summary>
    public async Task<string?> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(cancellationToken)) return null;
        var watch = Stopwatch.StartNew();
        var today = (options.ReferenceDate ?? clock.UtcNow).Date;
        today = DateTime.SpecifyKind(today, DateTimeKind.Utc);
        var content = DemoContent.Load();
        var random = new Random(Seed);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var summary = "";
        await db.InTransactionAsync(async ct => summary = await SeedAsync(content, random, today, ct), cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
        return summary + $" in {watch.ElapsedMilliseconds} ms";
    }

    private async Task<string> SeedAsync(DemoContent content, Random random, DateTime today, CancellationToken cancellationToken)
    {

        var teams = content.Taxonomy.Teams.Select(t => new Team
        {
            Slug = t.Slug, Name = t.Name, Description = t.Description, Skills = t.Skills ?? [], CreatedAt = today.AddYears(-2),
        }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(cancellationToken);
        var teamBySlug = teams.ToDictionary(t => t.Slug);

        var issueTypes = await SeedTaxonomyAsync(content.Taxonomy, teamBySlug, cancellationToken);
        var agents = DemoPeople.Agents(teams, random, today);
        db.Agents.AddRange(agents);
        var accounts = DemoPeople.Accounts(random, today);
        var usageGenerator = new DemoUsageGenerator(random, today);
        usageGenerator.PlanChurn(accounts);
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);

        var usage = usageGenerator.Generate(accounts);
        db.AddRange(usage);
        await db.SaveChangesAsync(cancellationToken);

        var tickets = new DemoTicketGenerator(content, random, today).Generate(TicketCount, accounts, agents, issueTypes);
        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync(cancellationToken);

        var items = new DemoContentWriter(content, today).Build(
            await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken),
            issueTypes.ToDictionary(i => i.Slug, i => i.Id));
        db.ContentItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken);
        await DemoContentWriter.LinkRelatedAsync(db, items, cancellationToken);
        db.AddRange(DemoGlossary.Entries(today));
        await db.SaveChangesAsync(cancellationToken);
        return $"{accounts.Count} accounts, {usage.Count} account-days of usage, {teams.Count} teams, {agents.Count} agents, {issueTypes.Count} issue types, " +
               $"{tickets.Count} tickets, {items.Count} content items";
    }

    private async Task<List<IssueType>> SeedTaxonomyAsync(DemoContent.TaxonomyFile taxonomy, IReadOnlyDictionary<string, Team> teams, CancellationToken cancellationToken)
    {
        var issueTypes = new List<IssueType>();
        var categories = taxonomy.Categories.Select((c, ci) => new Category
        {
            Slug = c.Slug, Name = c.Name, Description = c.Description, Position = ci,
            Subcategories = c.Subcategories.Select((s, si) => new Subcategory
            {
                Slug = s.Slug, Name = s.Name, Description = s.Description, Position = si,
                IssueTypes = s.IssueTypes.Select((i, ii) =>
                {
                    var issueType = new IssueType
                    {
                        Slug = i.Slug, Name = i.Name, Description = i.Description, Position = ii,
                        DefaultPriority = Enum.Parse<Priority>(i.DefaultPriority, true),
                        DefaultSeverity = Enum.Parse<Severity>(i.Severity, true),
                        ProductArea = i.ProductArea,
                        OwningTeamId = teams.TryGetValue(i.Team, out var team) ? team.Id : null,
                        AutoResolvable = i.AutoResolvable,
                        ExamplePhrases = i.ExamplePhrases ?? [],
                    };
                    issueTypes.Add(issueType);
                    return issueType;
                }).ToList(),
            }).ToList(),
        }).ToList();
        db.Categories.AddRange(categories);
        await db.SaveChangesAsync(cancellationToken);
        return issueTypes;
    }
}
