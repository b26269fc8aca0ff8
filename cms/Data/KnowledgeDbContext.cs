using Knowledge.Cms.Accounts;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Churn;
using Knowledge.Cms.Escalations;
using Knowledge.Cms.Events;
using Knowledge.Cms.Jobs;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Knowledge.Cms.Data;

/// <summary>
/// The one database of the product. Internal so that only cms services touch it; each provider has a subclass
/// with its own migrations (<see cref="SqliteKnowledgeDbContext"/>, <see cref="SqlServerKnowledgeDbContext"/>).
/// </summary>
internal abstract class KnowledgeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Subcategory> Subcategories => Set<Subcategory>();
    public DbSet<IssueType> IssueTypes => Set<IssueType>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<ContentVariant> ContentVariants => Set<ContentVariant>();
    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();
    public DbSet<SlugHistoryEntry> SlugHistory => Set<SlugHistoryEntry>();
    public DbSet<ArticleRating> ArticleRatings => Set<ArticleRating>();
    public DbSet<ArticleViewDay> ArticleViews => Set<ArticleViewDay>();
    public DbSet<DeprecatedTerm> DeprecatedTerms => Set<DeprecatedTerm>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<AccountActivityDay> AccountActivity => Set<AccountActivityDay>();
    public DbSet<ChurnAssessment> ChurnAssessments => Set<ChurnAssessment>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();
    public DbSet<TicketTriage> TicketTriages => Set<TicketTriage>();
    public DbSet<TriageCorrection> TriageCorrections => Set<TriageCorrection>();
    public DbSet<TriageState> TriageStates => Set<TriageState>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite does not keep the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
        // Enums are stored by name: readable in SQL and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindProperty("Version") is { ClrType: var t } version && t == typeof(int))
                version.IsConcurrencyToken = true;
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Optimistic concurrency: every modified row's <c>Version</c> goes up by one, checked against the original.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Metadata.FindProperty("Version");
            if (version is null || version.ClrType != typeof(int)) continue;
            var property = entry.Property("Version");
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
