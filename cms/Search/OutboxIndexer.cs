using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Search;

/// <summary>
/// One pass over the outbox: takes due, unprocessed content and ticket changes, re-reads each entity from the database,
/// replaces its documents in the index, and only then marks the rows processed. When the engine fails, the rows get
/// an exponential backoff and stay unprocessed, so nothing is lost while the engine is down.
/// </summary>
public sealed class OutboxIndexer
{
    private static readonly string[] Topics = [OutboxTopics.ContentChanged, OutboxTopics.TicketChanged];
    private readonly KnowledgeDbContext db;
    private readonly SearchDocumentSource source;
    private readonly ISearchIndex index;
    private readonly SynonymCatalog synonyms;
    private readonly IClock clock;
    private readonly SearchIndexerOptions options;
    private readonly ILogger<OutboxIndexer> logger;

    internal OutboxIndexer(KnowledgeDbContext db, SearchDocumentSource source, ISearchIndex index, SynonymCatalog synonyms, IClock clock,
        IOptions<SearchOptions> options, ILogger<OutboxIndexer> logger)
    {
        this.db = db;
        this.source = source;
        this.index = index;
        this.synonyms = synonyms;
        this.clock = clock;
        this.options = options.Value.Indexer;
        this.logger = logger;
    }

    /// <summary>Processes one batch; returns how many rows were handled (processed or rescheduled).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var rows = await db.Outbox
            .Where(m => m.ProcessedAt == null && Topics.Contains(m.Topic) && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0) return 0;
        try
        {
            var contentIds = rows.Where(r => r.Topic == OutboxTopics.ContentChanged).Select(r => r.EntityId).Distinct().ToList();
            var ticketIds = rows.Where(r => r.Topic == OutboxTopics.TicketChanged).Select(r => r.EntityId).Distinct().ToList();
            var documents = new List<EntityDocuments>();
            if (contentIds.Count > 0) documents.AddRange(await source.LoadContentAsync(contentIds, cancellationToken));
            if (ticketIds.Count > 0) documents.AddRange(await source.LoadTicketsAsync(ticketIds, cancellationToken));
            await index.ReplaceAsync(documents, cancellationToken);
            foreach (var row in rows)
            {
                row.ProcessedAt = clock.UtcNow;
                row.Attempts++;
                row.LastError = null;
            }
            if (contentIds.Count > 0) synonyms.Invalidate();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Indexing {Count} outbox rows failed; they will be retried", rows.Count);
            foreach (var row in rows)
            {
                row.Attempts++;
                var delay = Math.Min(options.RetryMaxSeconds, options.RetryBaseSeconds * Math.Pow(2, Math.Min(row.Attempts - 1, 20)));
                row.NextAttemptAt = clock.UtcNow.AddSeconds(delay);
                row.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.Count;
    }

    /// <summary>Indexes everything from the database into the live index (first start with an empty index).</summary>
    public async Task<int> IndexAllAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var batch in source.ReadAllAsync(1000, cancellationToken))
        {
            await index.ReplaceAsync(batch, cancellationToken);
            count += batch.Sum(b => b.Documents.Count);
        }
        return count;
    }
}
