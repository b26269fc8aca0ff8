using Knowledge.Cms.Data;
using Knowledge.Cms.Events;

namespace Knowledge.Cms.Articles;

/// <summary>
/// The two halves of announcing a content change: an outbox row inside the transaction (for the indexer) and,
/// after the commit, an event on the bus (for subscribers) plus invalidation of the published-slug directory.
/// </summary>
internal sealed class ContentEvents(IEventBus bus, ContentDirectory directory)
{
    public const string Published = "article.published";
    public const string Changed = "article.changed";

    public void AddOutbox(KnowledgeDbContext db, int itemId, string locale, DateTime now) =>
        db.Outbox.Add(new OutboxMessage { Topic = OutboxTopics.ContentChanged, EntityId = itemId, Detail = locale, CreatedAt = now });

    /// <summary>Call only after SaveChanges committed.</summary>
    public async Task ChangedAsync(int itemId, string locale, bool published, CancellationToken cancellationToken)
    {
        directory.Invalidate();
        var attributes = new Dictionary<string, string> { ["locale"] = locale };
        await bus.PublishAsync(new DomainEvent(published ? Published : Changed, itemId, attributes), cancellationToken);
    }
}
