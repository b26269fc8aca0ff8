using System.Globalization;
using System.Runtime.CompilerServices;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Search;

/// <summary>
/// Reads what the index must hold from the database: for a content item, one document per locale variant (the
/// published revision when published, the draft head otherwise; archived variants are left out); for a ticket, its
/// subject, body and messages.
/// </summary>
public sealed class SearchDocumentSource
{
    private readonly KnowledgeDbContext db;

    internal SearchDocumentSource(KnowledgeDbContext db) => this.db = db;

    public async Task<List<EntityDocuments>> LoadContentAsync(IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        var ids = itemIds.Distinct().ToList();
        var items = await db.ContentItems.AsNoTracking().Include(i => i.Variants)
            .Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var categoryIds = items.Where(i => i.CategoryId is not null).Select(i => i.CategoryId!.Value).Distinct().ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var wanted = items.SelectMany(i => i.Variants).Where(v => v.Status != ContentStatus.Archived)
            .ToDictionary(v => v.Id, v => v.Status == ContentStatus.Published && v.PublishedRevision is { } p ? p : v.CurrentRevision);
        var variantIds = wanted.Keys.ToList();
        var numbers = wanted.Values.Distinct().ToList();
        var revisions = (await db.ContentRevisions.AsNoTracking()
                .Where(r => variantIds.Contains(r.VariantId) && numbers.Contains(r.Number)).ToListAsync(cancellationToken))
            .Where(r => wanted[r.VariantId] == r.Number).ToDictionary(r => r.VariantId);
        var byId = items.ToDictionary(i => i.Id);
        return ids.Select(id => new EntityDocuments(SearchDocumentType.Content, id,
            byId.TryGetValue(id, out var item) ? ContentDocuments(item, categories, revisions) : [])).ToList();
    }

    public async Task<List<EntityDocuments>> LoadTicketsAsync(IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.Distinct().ToList();
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Messages)
            .Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return ids.Select(id => new EntityDocuments(SearchDocumentType.Ticket, id,
            tickets.TryGetValue(id, out var ticket) ? [TicketDocument(ticket)] : [])).ToList();
    }

    /// <summary>Everything, in batches of whole entities: content first, then tickets.</summary>
    public async IAsyncEnumerable<IReadOnlyList<EntityDocuments>> ReadAllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = 0;
        while (true)
        {
            var ids = await db.ContentItems.Where(i => i.Id > last).OrderBy(i => i.Id).Select(i => i.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) break;
            yield return await LoadContentAsync(ids, cancellationToken);
            last = ids[^1];
            db.ChangeTracker.Clear();
        }
        last = 0;
        while (true)
        {
            var ids = await db.Tickets.Where(t => t.Id > last).OrderBy(t => t.Id).Select(t => t.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) break;
            yield return await LoadTicketsAsync(ids, cancellationToken);
            last = ids[^1];
            db.ChangeTracker.Clear();
        }
    }

    private static List<SearchDocument> ContentDocuments(ContentItem item, Dictionary<int, string> categories, Dictionary<int, ContentRevision> revisions)
    {
        var documents = new List<SearchDocument>();
        foreach (var variant in item.Variants)
        {
            if (!revisions.TryGetValue(variant.Id, out var revision)) continue;
            var published = variant.Status == ContentStatus.Published && variant.PublishedRevision is not null;
            documents.Add(new SearchDocument
            {
                Id = $"content:{item.Id.ToString(CultureInfo.InvariantCulture)}:{variant.Locale}",
                Type = SearchDocumentType.Content,
                EntityId = item.Id,
                Locale = variant.Locale,
                IsSource = string.Equals(variant.Locale, item.SourceLocale, StringComparison.OrdinalIgnoreCase),
                Title = revision.Title,
                Body = MarkdownText.ToPlain((revision.Summary is { Length: > 0 } s ? s + "\n\n" : "") + revision.Body),
                Phrasings = revision.AlternativePhrasings,
                Kind = SearchValues.Of(item.Kind),
                Category = item.CategoryId is { } c && categories.TryGetValue(c, out var slug) ? slug : null,
                Tags = item.Tags,
                Audience = SearchValues.Of(item.Audience),
                Published = published,
                UpdatedAt = variant.UpdatedAt,
            });
        }
        // An item whose source variant is not indexed still needs one "source" document for locale-less searches.
        if (documents.Count > 0 && !documents.Any(d => d.IsSource))
            documents[0] = documents[0] with { IsSource = true };
        return documents;
    }

    private static SearchDocument TicketDocument(Ticket ticket) => new()
    {
        Id = $"ticket:{ticket.Id.ToString(CultureInfo.InvariantCulture)}",
        Type = SearchDocumentType.Ticket,
        EntityId = ticket.Id,
        Locale = string.IsNullOrWhiteSpace(ticket.Language) ? "en" : ticket.Language,
        Title = ticket.Subject,
        Body = string.Join("\n\n", new[] { ticket.Body }.Concat(ticket.Messages.OrderBy(m => m.CreatedAt).Select(m => m.Body))),
        Kind = SearchValues.Of(ticket.Status),
        Tags = ticket.Tags,
        Published = true,
        UpdatedAt = ticket.UpdatedAt,
    };
}
