using System.Text;
using Knowledge.Cms.Common;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Articles;

/// <summary>Building revisions: new locales, merged drafts, size limits, and keeping the text of a losing concurrent edit.</summary>
public sealed partial class ArticleService
{
    private async Task<ContentVariant> StartLocaleAsync(ContentItem item, string locale, SaveDraftCommand command, DateTime now, CancellationToken cancellationToken)
    {
        var slug = Guard.Slug(command.Slug, "input.slug");
        await EnsureSlugFreeAsync(locale, slug, item.Id, cancellationToken);
        var source = item.Variants.FirstOrDefault(v => v.Locale == item.SourceLocale);
        var variant = new ContentVariant { Locale = locale, Slug = slug, Status = ContentStatus.Draft, CurrentRevision = 1, RevisionCount = 1, CreatedAt = now, UpdatedAt = now };
        var revision = NewRevision(1, Guard.Required(command.Title, "input.title", 300), Body(command.Body), command.Summary, command.AlternativePhrasings,
            command.ChangeNote ?? (source is null ? "Created" : $"Translated from {item.SourceLocale}"), now);
        revision.SourceRevision = source?.CurrentRevision;
        revision.TranslationState = command.TranslationState;
        variant.SourceRevision = source?.CurrentRevision;
        variant.Revisions.Add(revision);
        item.Variants.Add(variant);
        item.UpdatedAt = now;
        return variant;
    }

    private async Task SaveOrPreserveAsync(ContentItem item, ContentVariant variant, SaveDraftCommand command, CancellationToken cancellationToken)
    {
        events.AddOutbox(db, item.Id, variant.Locale, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer won the race for this revision number: keep this text as a conflict revision.
            db.ChangeTracker.Clear();
            var fresh = await db.ContentVariants.FirstAsync(v => v.ItemId == item.Id && v.Locale == variant.Locale, cancellationToken);
            var head = await db.ContentRevisions.AsNoTracking().SingleAsync(r => r.VariantId == fresh.Id && r.Number == fresh.CurrentRevision, cancellationToken);
            var preserved = await PreserveConflictAsync(fresh, head, command, cancellationToken);
            throw Conflict($"Someone saved '{variant.Locale}' at the same time: the current revision is {fresh.CurrentRevision}. Your text was kept as revision {preserved}.", fresh.CurrentRevision, preserved);
        }
        await events.ChangedAsync(item.Id, variant.Locale, published: false, cancellationToken);
    }

    private async Task<int> PreserveConflictAsync(ContentVariant variant, ContentRevision head, SaveDraftCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var number = variant.RevisionCount + 1;
            var revision = Merge(head, command, number, clock.UtcNow);
            revision.IsConflict = true;
            revision.ChangeNote = $"Conflicting edit based on revision {command.ExpectedRevision} (kept, not applied)";
            revision.VariantId = variant.Id;
            variant.RevisionCount = number;
            db.ContentRevisions.Add(revision);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return number;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                variant = await db.ContentVariants.FirstAsync(v => v.Id == variant.Id, cancellationToken);
            }
        }
    }

    private ContentRevision Merge(ContentRevision head, SaveDraftCommand command, int number, DateTime now) => NewRevision(number,
        command.Title is null ? head.Title : Guard.Required(command.Title, "input.title", 300),
        command.Body is null ? head.Body : Body(command.Body),
        command.Summary ?? head.Summary, command.AlternativePhrasings ?? head.AlternativePhrasings, command.ChangeNote, now);

    private ContentRevision NewRevision(int number, string title, string body, string? summary, IReadOnlyList<string>? phrasings, string? note, DateTime now) => new()
    {
        Number = number,
        Title = title,
        Body = body,
        Summary = Guard.Optional(summary, "input.summary", 1000),
        AlternativePhrasings = (phrasings ?? []).Select((p, i) => Guard.Required(p, $"input.alternativePhrasings[{i}]", 200)).Distinct().ToList(),
        AuthorName = user.Viewer.KeyName,
        ChangeNote = Guard.Optional(note, "input.changeNote", 500),
        CreatedAt = now,
    };

    private string Body(string? body)
    {
        if (body is null) throw KnowledgeException.Invalid("input.body", "is required.");
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > options.MaxBodyBytes)
            throw KnowledgeException.Invalid("input.body", $"is {bytes / 1024} KB; the maximum is {options.MaxBodyBytes / 1024} KB.");
        return body;
    }

    private static KnowledgeException Conflict(string message, int current, int? preserved)
    {
        var error = KnowledgeException.Conflict(message);
        error.Details["currentRevision"] = current;
        if (preserved is not null) error.Details["preservedRevision"] = preserved;
        return error;
    }
}
