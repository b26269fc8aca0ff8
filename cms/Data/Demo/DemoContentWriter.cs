using System.Text.RegularExpressions;
using Knowledge.Cms.Articles;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Data.Demo;

/// <summary>Turns the demo articles and FAQs into content items: one published revision per locale.</summary>
internal sealed partial class DemoContentWriter(DemoContent content, DateTime today)
{
    public List<ContentItem> Build(IReadOnlyDictionary<string, int> categoryIds, IReadOnlyDictionary<string, int> issueTypeIds)
    {
        var items = new List<ContentItem>();
        var index = 0;
        foreach (var (entry, isFaq) in content.Articles.Select(a => (a, false)).Concat(content.Faqs.Select(f => (f, true))))
        {
            index++;
            var created = today.AddDays(-30 - (index * 7 % 500));
            var sourceLocale = entry.SourceLocale ?? "en";
            var item = new ContentItem
            {
                Kind = isFaq ? ContentKind.Faq : Enum.Parse<ContentKind>((entry.Kind ?? "ARTICLE").Replace("_", ""), true),
                Audience = Enum.Parse<Audience>(entry.Audience ?? "PUBLIC", true),
                SourceLocale = sourceLocale,
                CategoryId = entry.Category is not null && categoryIds.TryGetValue(entry.Category, out var c) ? c : null,
                IssueTypeIds = [.. (entry.IssueTypes ?? []).Where(issueTypeIds.ContainsKey).Select(s => issueTypeIds[s])],
                Tags = entry.Tags ?? [],
                ProductArea = entry.ProductArea,
                CreatedAt = created,
                UpdatedAt = created.AddDays(index % 20),
                // A few items are overdue for review so the freshness views have something to show.
                ReviewedAt = created.AddDays(index % 9 == 0 ? -200 : index % 20),
            };
            foreach (var (locale, text) in entry.Locales.OrderBy(l => l.Key == sourceLocale ? 0 : 1))
            {
                var published = created.AddDays(locale == sourceLocale ? 0 : 3);
                var variant = new ContentVariant
                {
                    Locale = locale,
                    Slug = text.Slug,
                    Status = ContentStatus.Published,
                    CurrentRevision = 1,
                    RevisionCount = 1,
                    PublishedRevision = 1,
                    PublishedAt = published,
                    SourceRevision = locale == sourceLocale ? null : 1,
                    CreatedAt = published,
                    UpdatedAt = published,
                };
                variant.Revisions.Add(new ContentRevision
                {
                    Number = 1,
                    Title = (isFaq ? text.Question : text.Title) ?? text.Slug,
                    Body = (isFaq ? text.Answer : text.Body) ?? "",
                    Summary = text.Summary,
                    AlternativePhrasings = text.AlternativePhrasings ?? [],
                    AuthorName = "Lumen Support Content Team",
                    ChangeNote = locale == sourceLocale ? "First version" : $"Translated from {sourceLocale}",
                    SourceRevision = locale == sourceLocale ? null : 1,
                    CreatedAt = published,
                });
                item.Variants.Add(variant);
            }
            items.Add(item);
        }
        return items;
    }

    /// <summary>Articles that link to each other with [KB: slug] are related.</summary>
    public static async Task LinkRelatedAsync(KnowledgeDbContext db, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var bySlug = items.SelectMany(i => i.Variants.Select(v => (v.Slug, i.Id))).GroupBy(x => x.Slug).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var item in items)
        {
            var related = item.Variants.SelectMany(v => v.Revisions).SelectMany(r => KbReference().Matches(r.Body))
                .Select(m => m.Groups[1].Value.Trim()).Where(bySlug.ContainsKey).Select(s => bySlug[s]).Where(id => id != item.Id).Distinct().ToList();
            if (related.Count == 0) continue;
            item.RelatedItemIds = related;
            db.Entry(item).Property(i => i.RelatedItemIds).IsModified = true;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex(@"\[KB:\s*([a-z0-9\-]+)\s*\]")]
    private static partial Regex KbReference();
}
