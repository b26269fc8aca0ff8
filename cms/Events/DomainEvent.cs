namespace Knowledge.Cms.Events;

/// <summary>
/// Something that happened, published on the <see cref="IEventBus"/> after the transaction that caused it committed.
/// Events carry ids, never entities: subscribers re-read what they need.
/// </summary>
/// <param name="Topic">e.g. <c>ticket.updated</c>, <c>article.published</c>, <c>escalation.raised</c>.</param>
/// <param name="EntityId">The database key of the subject.</param>
/// <param name="Attributes">Small routing facts subscribers filter on (team id, tier, locale, risk…).</param>
public sealed record DomainEvent(string Topic, int EntityId, IReadOnlyDictionary<string, string> Attributes)
{
    public DateTime OccurredAt { get; init; } = DateTime.UtcNow;

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);
}
