namespace Knowledge.Cms.Events;

/// <summary>Where domain events travel: this process only, or Redis pub/sub for several api instances.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary><see cref="EventBusProvider.InProcess"/> (default) or <see cref="EventBusProvider.Redis"/>.</summary>
    public EventBusProvider Provider { get; set; } = EventBusProvider.InProcess;

    public RedisEventsOptions Redis { get; set; } = new();
}

/// <summary>The Redis connection of the event bus.</summary>
public sealed class RedisEventsOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>localhost:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Every channel starts with this (one prefix per deployment sharing a Redis server).</summary>
    public string ChannelPrefix { get; set; } = "knowledge:events:";
}

public enum EventBusProvider
{
    InProcess,
    Redis,
}
