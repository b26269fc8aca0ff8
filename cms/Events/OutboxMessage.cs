namespace Knowledge.Cms.Events;

/// <summary>
/// A change written in the same transaction as the content it describes. Consumers (the search indexer) drain the
/// outbox, so a crash or an outage of a downstream engine never loses an update.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    /// <summary>What happened, e.g. <c>content.published</c>; see <see cref="OutboxTopics"/>.</summary>
    public required string Topic { get; set; }
    /// <summary>The entity the change concerns (its database key).</summary>
    public int EntityId { get; set; }
    /// <summary>Optional detail, e.g. the locale.</summary>
    public string? Detail { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>When a failed message may be tried again (exponential backoff).</summary>
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
