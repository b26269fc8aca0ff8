using System.Text.Json;

namespace Knowledge.Cms.Events;

/// <summary>A <see cref="DomainEvent"/> on the wire between instances, tagged with the instance that published it.</summary>
internal sealed record EventEnvelope(string Origin, string Topic, int EntityId, Dictionary<string, string> Attributes, DateTime OccurredAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(string origin, DomainEvent domainEvent) => JsonSerializer.SerializeToUtf8Bytes(
        new EventEnvelope(origin, domainEvent.Topic, domainEvent.EntityId, new Dictionary<string, string>(domainEvent.Attributes), domainEvent.OccurredAt), Json);

    /// <summary>Null for anything that is not a well-formed envelope (another producer on the channel, a truncated message).</summary>
    public static EventEnvelope? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<EventEnvelope>(utf8, Json);
            return envelope is { Origin.Length: > 0, Topic.Length: > 0 } ? envelope with { Attributes = envelope.Attributes ?? [] } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public DomainEvent ToDomainEvent() => new(Topic, EntityId, Attributes) { OccurredAt = OccurredAt };
}
