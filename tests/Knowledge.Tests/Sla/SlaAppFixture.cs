using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Sla;

/// <summary>
/// One demo-seeded app on a real port for the scheduler tests. The periodic tick is pushed far out: sweeps run when
/// a test calls them after moving the clock, or when a committed escalation wakes the scheduler.
/// </summary>
public sealed class SlaAppFixture : IDisposable
{
    public KnowledgeApp App { get; } = new(kestrel: true, settings: new Dictionary<string, string?>
    {
        ["Sla:SweepInterval"] = "01:00:00",
        ["Triage:TrainOnStart"] = "false",
        ["Subscriptions:KeepAliveInterval"] = "00:00:00",
    });

    public SlaAppFixture() => Address = App.BaseAddress;

    public Uri Address { get; }

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SlaCollection : ICollectionFixture<SlaAppFixture>
{
    public const string Name = "sla app";
}
