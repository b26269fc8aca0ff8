using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Articles;

/// <summary>
/// The article lifecycle: create, save drafts (optimistic concurrency on the revision number, losing edits kept),
/// review, publish now or later, unpublish, archive, roll back. Every change writes an outbox row in the same
/// transaction; events go out after the commit.
/// </summary>
public sealed partial class ArticleService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly ContentOptions options;
    private readonly ContentEvents events;

    internal ArticleService(KnowledgeDbContext db, ICurrentUser user, IClock clock, IOptions<ContentOptions> options, ContentEvents events)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.options = options.Value;
        this.events = events;
    }

    public async Task<ArticleWriteResult> CreateAsync(CreateArticleCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var locale = Guard.Locale(command.Locale, "input.locale");
        var slug = Guard.Slug(command.Slug, "input.slug");
        var title = Guard.Required(command.Title, "input.title", 300);
        var body = Body(command.Body);
        await EnsureSlugFreeAsync(locale, slug, null, cancellationToken);
        if (command.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
            throw KnowledgeException.NotFound("Category", categoryId.ToString());
        var now = clock.UtcNow;
        var item = new ContentItem
        {
            Kind = command.Kind ?? ContentKind.Article,
            Audience = command.Audience ?? Audience.Public,
            SourceLocale = locale,
            CategoryId = command.CategoryId,
            Tags = Guard.Tags(command.Tags, "input.tags").ToList(),
            ProductArea = Guard.Optional(command.ProductArea, "input.productArea", 80),
            IssueTypeIds = command.IssueTypeIds?.Distinct().ToList() ?? [],
            CreatedAt = now,
            UpdatedAt = now,
            ReviewedAt = now,
            ReviewIntervalDays = options.ReviewIntervalDays,
        };
        var variant = new ContentVariant { Locale = locale, Slug = slug, Status = ContentStatus.Draft, CurrentRevision = 1, RevisionCount = 1, CreatedAt = now, UpdatedAt = now };
        variant.Revisions.Add(NewRevision(1, title, body, command.Summary, command.AlternativePhrasings, command.ChangeNote ?? "Created", now));
        item.Variants.Add(variant);
        // The outbox row needs the item's key: two statements, one transaction.
        await db.InTransactionAsync(async ct =>
        {
            db.ContentItems.Add(item);
            await db.SaveChangesAsync(ct);
            events.AddOutbox(db, item.Id, locale, now);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        await events.ChangedAsync(item.Id, locale, published: false, cancellationToken);
        return new ArticleWriteResult(item.Id, locale, 1);
    }

    public async Task<ArticleWriteResult> SaveDraftAsync(SaveDraftCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var locale = Guard.Locale(command.Locale, "input.locale");
        var item = await LoadItemAsync(command.ArticleId, cancellationToken);
        var variant = item.Variants.FirstOrDefault(v => v.Locale == locale);
        var now = clock.UtcNow;
        if (variant is null)
        {
            if (command.ExpectedRevision != 0)
                throw Conflict($"Locale '{locale}' has no revisions yet; send expectedRevision 0 to start it.", 0, null);
            variant = await StartLocaleAsync(item, locale, command, now, cancellationToken);
            await SaveOrPreserveAsync(item, variant, command, cancellationToken);
            return new ArticleWriteResult(item.Id, locale, 1);
        }
        var head = await db.ContentRevisions.AsNoTracking().SingleAsync(r => r.VariantId == variant.Id && r.Number == variant.CurrentRevision, cancellationToken);
        if (command.ExpectedRevision != variant.CurrentRevision)
        {
            var preserved = await PreserveConflictAsync(variant, head, command, cancellationToken);
            throw Conflict($"Revision {command.ExpectedRevision} is stale: the current revision of '{locale}' is {variant.CurrentRevision}. Your text was kept as revision {preserved}.", variant.CurrentRevision, preserved);
        }
        if (command.Slug is not null && command.Slug != variant.Slug)
        {
            var slug = Guard.Slug(command.Slug, "input.slug");
            await EnsureSlugFreeAsync(locale, slug, item.Id, cancellationToken);
            db.SlugHistory.Add(new SlugHistoryEntry { ItemId = item.Id, Locale = locale, Slug = variant.Slug, ReplacedAt = now });
            variant.Slug = slug;
        }
        var number = variant.RevisionCount + 1;
        var revision = Merge(head, command, number, now);
        revision.SourceRevision = locale == item.SourceLocale ? null : SourceHead(item) ?? head.SourceRevision;
        revision.TranslationState = command.TranslationState;
        variant.Revisions.Add(revision);
        variant.CurrentRevision = number;
        variant.RevisionCount = number;
        variant.UpdatedAt = now;
        if (variant.Status is ContentStatus.InReview or ContentStatus.Archived) variant.Status = ContentStatus.Draft;
        item.UpdatedAt = now;
        await SaveOrPreserveAsync(item, variant, command, cancellationToken);
        return new ArticleWriteResult(item.Id, locale, number);
    }

    public async Task<ArticleWriteResult> SubmitForReviewAsync(int articleId, string? locale, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var (item, variant) = await LoadVariantAsync(articleId, locale, cancellationToken);
        if (variant.Status == ContentStatus.Draft) variant.Status = ContentStatus.InReview;
        variant.UpdatedAt = clock.UtcNow;
        await db.SaveWithConcurrencyAsync("Article", cancellationToken);
        return new ArticleWriteResult(item.Id, variant.Locale, variant.CurrentRevision);
    }

    public async Task<ArticleWriteResult> PublishAsync(PublishCommand command, CancellationToken cancellationToken)
    {
        RequireEditor();
        var (item, variant) = await LoadVariantAsync(command.ArticleId, command.Locale, cancellationToken);
        var number = command.Revision ?? variant.CurrentRevision;
        var revision = await db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.VariantId == variant.Id && r.Number == number, cancellationToken);
        if (revision is null)
            throw KnowledgeException.Invalid("input.revision", $"revision {number} of '{variant.Locale}' does not exist (latest is {variant.CurrentRevision}).");
        if (revision.IsConflict)
            throw KnowledgeException.Invalid("input.revision", $"revision {number} is a preserved conflicting edit; save it as a draft first.");
        var now = clock.UtcNow;
        if (command.PublishAt is { } at && at > now.AddSeconds(5))
        {
            variant.ScheduledRevision = number;
            variant.ScheduledAt = at;
            variant.UpdatedAt = now;
            await db.SaveWithConcurrencyAsync("Article", cancellationToken);
            return new ArticleWriteResult(item.Id, variant.Locale, number);
        }
        await PublishAsync(item, variant, number, now, cancellationToken);
        await db.SaveWithConcurrencyAsync("Article", cancellationToken);
        await events.ChangedAsync(item.Id, variant.Locale, published: true, cancellationToken);
        return new ArticleWriteResult(item.Id, variant.Locale, number);
    }

    public async Task<ArticleWriteResult> UnpublishAsync(int articleId, string? locale, bool archive, CancellationToken cancellationToken)
    {
        RequireEditor();
        var (item, variant) = await LoadVariantAsync(articleId, locale, cancellationToken);
        variant.PublishedRevision = null;
        variant.ScheduledRevision = null;
        variant.ScheduledAt = null;
        variant.Status = archive ? ContentStatus.Archived : ContentStatus.Draft;
        variant.UpdatedAt = item.UpdatedAt = clock.UtcNow;
        events.AddOutbox(db, item.Id, variant.Locale, clock.UtcNow);
        await db.SaveWithConcurrencyAsync("Article", cancellationToken);
        await events.ChangedAsync(item.Id, variant.Locale, published: false, cancellationToken);
        return new ArticleWriteResult(item.Id, variant.Locale, variant.CurrentRevision);
    }

    public async Task<ArticleWriteResult> RollbackAsync(RollbackCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var (_, variant) = await LoadVariantAsync(command.ArticleId, command.Locale, cancellationToken);
        var old = await db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.VariantId == variant.Id && r.Number == command.ToRevision, cancellationToken)
                  ?? throw KnowledgeException.Invalid("input.toRevision", $"revision {command.ToRevision} of '{variant.Locale}' does not exist.");
        return await SaveDraftAsync(new SaveDraftCommand(command.ArticleId, variant.Locale, command.ExpectedRevision ?? variant.CurrentRevision,
            old.Title, old.Body, old.Summary, old.AlternativePhrasings, ChangeNote: $"Rollback to revision {old.Number}"), cancellationToken);
    }

    public async Task<ArticleRating> RateAsync(RateCommand command, CancellationToken cancellationToken)
    {
        user.RequireAuthenticated();
        var locale = Guard.Locale(command.Locale, "input.locale");
        var audiences = user.Viewer.ReadableAudiences.ToList();
        if (!await db.ContentItems.AnyAsync(i => i.Id == command.ArticleId && audiences.Contains(i.Audience) && i.Variants.Any(v => v.PublishedRevision != null), cancellationToken))
            throw KnowledgeException.NotFound("Article", command.ArticleId.ToString());
        var rating = new ArticleRating
        {
            ItemId = command.ArticleId, Locale = locale, Helpful = command.Helpful,
            Comment = Guard.Optional(command.Comment, "input.comment", 2000), RaterKind = user.Viewer.Kind, CreatedAt = clock.UtcNow,
        };
        db.ArticleRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return rating;
    }

    public async Task MarkReviewedAsync(int articleId, int? intervalDays, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var item = await LoadItemAsync(articleId, cancellationToken);
        item.ReviewedAt = clock.UtcNow;
        if (intervalDays is { } days) item.ReviewIntervalDays = Guard.Range(days, 1, 3650, "input.reviewIntervalDays");
        await db.SaveWithConcurrencyAsync("Article", cancellationToken);
    }

    /// <summary>Publishes scheduled revisions that are due; called by the scheduler with the system viewer.</summary>
    internal async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await db.ContentVariants.Include(v => v.Item).Where(v => v.ScheduledAt != null && v.ScheduledAt <= now).ToListAsync(cancellationToken);
        foreach (var variant in due)
        {
            await PublishAsync(variant.Item!, variant, variant.ScheduledRevision!.Value, now, cancellationToken);
            await db.SaveWithConcurrencyAsync("Article", cancellationToken);
            await events.ChangedAsync(variant.ItemId, variant.Locale, published: true, cancellationToken);
        }
        return due.Count;
    }

    private static int? SourceHead(ContentItem item) =>
        item.Variants.FirstOrDefault(v => v.Locale == item.SourceLocale) is { } source ? source.PublishedRevision ?? source.CurrentRevision : null;

    private async Task PublishAsync(ContentItem item, ContentVariant variant, int number, DateTime now, CancellationToken cancellationToken)
    {
        if (variant.Locale != item.SourceLocale)
        {
            // A published translation is up to date with the source revision it was made from.
            var from = await db.ContentRevisions.AsNoTracking().Where(r => r.VariantId == variant.Id && r.Number == number)
                .Select(r => r.SourceRevision).FirstOrDefaultAsync(cancellationToken);
            if (from is not null) variant.SourceRevision = from;
        }
        variant.PublishedRevision = number;
        variant.PublishedAt = now;
        variant.Status = ContentStatus.Published;
        variant.ScheduledRevision = null;
        variant.ScheduledAt = null;
        variant.UpdatedAt = item.UpdatedAt = now;
        events.AddOutbox(db, item.Id, variant.Locale, now);
    }

    private void RequireEditor()
    {
        user.RequireStaff();
        if (!user.Viewer.IsAdmin && !user.Viewer.Scopes.Contains("editor"))
            throw KnowledgeException.Forbidden("Publishing needs an admin key or a key with the 'editor' scope.");
    }

    private async Task EnsureSlugFreeAsync(string locale, string slug, int? itemId, CancellationToken cancellationToken)
    {
        if (await db.ContentVariants.AnyAsync(v => v.Locale == locale && v.Slug == slug && v.ItemId != itemId, cancellationToken)
            || await db.SlugHistory.AnyAsync(h => h.Locale == locale && h.Slug == slug && h.ItemId != itemId, cancellationToken))
            throw KnowledgeException.Invalid("input.slug", $"'{slug}' is already used in locale '{locale}'.");
    }

    private async Task<ContentItem> LoadItemAsync(int id, CancellationToken cancellationToken) =>
        await db.ContentItems.Include(i => i.Variants).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw KnowledgeException.NotFound("Article", id.ToString());

    private async Task<(ContentItem Item, ContentVariant Variant)> LoadVariantAsync(int id, string? locale, CancellationToken cancellationToken)
    {
        var normalized = Guard.Locale(locale, "input.locale");
        var item = await LoadItemAsync(id, cancellationToken);
        var variant = item.Variants.FirstOrDefault(v => v.Locale == normalized)
                      ?? throw KnowledgeException.Invalid("input.locale", $"the article has no '{normalized}' version (it has {string.Join(", ", item.Variants.Select(v => v.Locale))}).");
        return (item, variant);
    }

}
