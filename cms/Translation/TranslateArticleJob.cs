using System.Text.Json;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Translation;

/// <summary>
/// The <c>article.translate</c> job: one draft per target locale from the source's current revision. Without a provider
/// each draft holds the source text marked NEEDS_TRANSLATION with glossary hints (never invented text); with one, a
/// machine translation for review. A provider failure fails the job before that locale's draft is written.
/// </summary>
internal sealed class TranslateArticleJob(KnowledgeDbContext db, ArticleService articles, TranslationDrafter drafter, CurrentUser user) : IJobHandler
{
    public string Kind => TranslationJobKinds.TranslateArticle;

    public async Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken)
    {
        user.Viewer = Viewer.System;
        var request = JsonSerializer.Deserialize<TranslateArticleRequest>(job.Payload ?? "{}")
                      ?? throw KnowledgeException.Invalid("payload", "is empty.");
        var item = await db.ContentItems.AsNoTracking().Include(i => i.Variants).FirstOrDefaultAsync(i => i.Id == request.ArticleId, cancellationToken)
                   ?? throw KnowledgeException.NotFound("Article", request.ArticleId.ToString());
        var source = item.Variants.First(v => v.Locale == item.SourceLocale);
        var text = await db.ContentRevisions.AsNoTracking().SingleAsync(r => r.VariantId == source.Id && r.Number == source.CurrentRevision, cancellationToken);
        var results = new List<string>();
        var done = 0;
        foreach (var locale in request.TargetLocales)
        {
            var draft = await drafter.DraftAsync(text.Title, text.Body, item.SourceLocale, locale, request.Formality, [], cancellationToken);
            var existing = item.Variants.FirstOrDefault(v => v.Locale == locale);
            var state = draft.Status == TranslationDraftStatus.NeedsTranslation ? "NEEDS_TRANSLATION" : "MACHINE_TRANSLATED";
            var note = $"{state} ({draft.Provider}): {string.Join(" ", draft.Notes)}".Trim();
            var written = await articles.SaveDraftAsync(new SaveDraftCommand(item.Id, locale, existing?.CurrentRevision ?? 0, draft.Title, draft.Markdown,
                Slug: existing is null ? $"{source.Slug}-{locale.ToLowerInvariant()}" : null, ChangeNote: note.Length > 500 ? note[..500] : note,
                TranslationState: state), cancellationToken);
            results.Add($"{written.Locale}:{written.Revision}:{state}");
            await progress.ReportAsync(++done * 100 / request.TargetLocales.Count, cancellationToken);
        }
        return results;
    }
}

/// <summary>The payload of an article translation job.</summary>
public sealed record TranslateArticleRequest(int ArticleId, IReadOnlyList<string> TargetLocales, Formality Formality);
