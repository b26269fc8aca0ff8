using System.Text.Json;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Translation;

/// <summary>
/// The <c>article.translate</c> job: one draft per target locale from the source's current revision, with the stored
/// glossary of that locale. Without a provider each draft holds source text marked NEEDS_TRANSLATION with glossary
/// hints (never invented text); with one, a machine translation for review. A locale that already has a translation
/// made from an older source revision is re-translated paragraph by paragraph; one that is up to date is left alone.
/// Each draft gets a <see cref="TranslationReport"/> (glossary violations, structure, pending paragraphs). A provider
/// failure fails the job before that locale's draft is written.
/// </summary>
internal sealed class TranslateArticleJob(KnowledgeDbContext db, ArticleService articles, TranslationDrafter drafter, GlossaryService glossary, IClock clock,
    CurrentUser user) : IJobHandler
{
    public const string UpToDate = "UP_TO_DATE";

    public string Kind => TranslationJobKinds.TranslateArticle;

    public async Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken)
    {
        user.Viewer = Viewer.System;
        var request = JsonSerializer.Deserialize<TranslateArticleRequest>(job.Payload ?? "{}")
                      ?? throw KnowledgeException.Invalid("payload", "is empty.");
        var item = await db.ContentItems.AsNoTracking().Include(i => i.Variants).FirstOrDefaultAsync(i => i.Id == request.ArticleId, cancellationToken)
                   ?? throw KnowledgeException.NotFound("Article", request.ArticleId.ToString());
        var source = item.Variants.First(v => v.Locale == item.SourceLocale);
        var text = await RevisionAsync(source.Id, source.CurrentRevision, cancellationToken)
                   ?? throw KnowledgeException.NotFound("Revision", $"{source.Locale}:{source.CurrentRevision}");
        var results = new List<string>();
        var done = 0;
        foreach (var locale in request.TargetLocales)
        {
            results.Add(await TranslateLocaleAsync(item, source, text, locale, request.Formality, cancellationToken));
            await progress.ReportAsync(++done * 100 / request.TargetLocales.Count, cancellationToken);
        }
        return results;
    }

    private async Task<string> TranslateLocaleAsync(ContentItem item, ContentVariant source, ContentRevision text, string locale, Formality formality,
        CancellationToken cancellationToken)
    {
        var terms = await glossary.TermsForAsync(locale, cancellationToken);
        var existing = item.Variants.FirstOrDefault(v => v.Locale == locale);
        TranslationDraft? draft = null;
        if (existing is not null)
        {
            var head = (await RevisionAsync(existing.Id, existing.CurrentRevision, cancellationToken))!;
            var report = await db.Set<TranslationReport>().AsNoTracking().FirstOrDefaultAsync(r => r.RevisionId == head.Id, cancellationToken);
            var pending = report?.PendingParagraphs ?? [];
            var from = report?.SourceRevision ?? head.SourceRevision;
            var wholeDraftPending = head.TranslationState == "NEEDS_TRANSLATION" && report?.Mode != "INCREMENTAL";
            if (from is not null && !wholeDraftPending)
            {
                if (from == text.Number && (pending.Count == 0 || !drafter.IsConfigured))
                    return $"{locale}:{existing.CurrentRevision}:{(pending.Count == 0 ? UpToDate : head.TranslationState)}";
                var old = await RevisionAsync(source.Id, from.Value, cancellationToken);
                var plan = old is null ? null : IncrementalTranslation.Plan(old.Body, text.Body, head.Body, pending);
                if (plan is not null)
                    draft = await drafter.RedraftAsync(text.Title, old!.Title != text.Title, head.Title, plan, text.Body.EndsWith('\n'),
                        item.SourceLocale, locale, formality, terms, cancellationToken);
            }
        }
        draft ??= await drafter.DraftAsync(text.Title, text.Body, item.SourceLocale, locale, formality, terms, cancellationToken);
        var state = draft.Status == TranslationDraftStatus.NeedsTranslation || draft.PendingParagraphs.Count > 0 ? "NEEDS_TRANSLATION" : "MACHINE_TRANSLATED";
        var note = $"{state} ({draft.Provider}): {string.Join(" ", draft.Notes)}".Trim();
        var written = await articles.SaveDraftAsync(new SaveDraftCommand(item.Id, locale, existing?.CurrentRevision ?? 0, draft.Title, draft.Markdown,
            Slug: existing is null ? $"{source.Slug}-{locale.ToLowerInvariant()}" : null, ChangeNote: note.Length > 500 ? note[..500] : note,
            TranslationState: state), cancellationToken);
        await SaveReportAsync(item.Id, written, text.Number, state, draft, cancellationToken);
        return $"{written.Locale}:{written.Revision}:{state}";
    }

    // Written after the draft: the report is advice for reviewers, and a crash between the two saves loses only it.
    private async Task SaveReportAsync(int itemId, ArticleWriteResult written, int sourceRevision, string state, TranslationDraft draft, CancellationToken cancellationToken)
    {
        var revisionId = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.Number == written.Revision && db.ContentVariants.Any(v => v.Id == r.VariantId && v.ItemId == itemId && v.Locale == written.Locale))
            .Select(r => r.Id).SingleAsync(cancellationToken);
        db.Add(new TranslationReport
        {
            RevisionId = revisionId, ItemId = itemId, Locale = written.Locale, SourceRevision = sourceRevision, Provider = draft.Provider, State = state,
            Mode = draft.Incremental ? "INCREMENTAL" : "FULL",
            GlossaryViolations = [.. draft.GlossaryViolations],
            StructureDifferences = [.. draft.StructureDifferences],
            Notes = draft.Notes.Where(n => !draft.GlossaryViolations.Any(v => n.EndsWith(v, StringComparison.Ordinal))).ToList(),
            TranslatedParagraphs = [.. draft.TranslatedParagraphs],
            PendingParagraphs = [.. draft.PendingParagraphs],
            KeptParagraphs = draft.KeptParagraphs,
            BackTranslationScore = draft.BackTranslationScore,
            CreatedAt = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<ContentRevision?> RevisionAsync(int variantId, int number, CancellationToken cancellationToken) =>
        db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.VariantId == variantId && r.Number == number, cancellationToken);
}

/// <summary>The payload of an article translation job.</summary>
public sealed record TranslateArticleRequest(int ArticleId, IReadOnlyList<string> TargetLocales, Formality Formality);
