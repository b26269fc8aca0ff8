using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Realtime;

/// <summary>One seeded app on a real Kestrel port with short protocol timers and a small send buffer.</summary>
public sealed class RealtimeAppFixture : IDisposable
{
    public const int SendBufferSize = 16;

    public KnowledgeApp App { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Subscriptions:ConnectionInitTimeout"] = "00:00:01",
        ["Subscriptions:KeepAliveInterval"] = "00:00:01",
        ["Subscriptions:SendBufferSize"] = SendBufferSize.ToString(),
        ["Subscriptions:EventBufferSize"] = "64",
    }, kestrel: true);

    public RealtimeAppFixture() => Address = App.BaseAddress;

    public Uri Address { get; }

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealtimeCollection : ICollectionFixture<RealtimeAppFixture>
{
    public const string Name = "realtime app";
}
