namespace Knowledge.Schema.Realtime;

/// <summary>Limits of the WebSocket transport (graphql-transport-ws) and of each subscription.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How long a new socket may take to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle client (graphql-transport-ws <c>ping</c>); zero turns it off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages queued for one socket; a client that lets this many pile up is disconnected (1013).</summary>
    public int SendBufferSize { get; set; } = 256;

    /// <summary>Events queued for one subscription before it is loaded; overflowing also disconnects the socket.</summary>
    public int EventBufferSize { get; set; } = 256;

    /// <summary>Largest client message accepted (bytes); larger ones close the socket with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Operations one socket may have running at once.</summary>
    public int MaxOperationsPerSocket { get; set; } = 100;
}
