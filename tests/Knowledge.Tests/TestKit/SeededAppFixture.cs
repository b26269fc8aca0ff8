namespace Knowledge.Tests.TestKit;

/// <summary>One demo-seeded app shared by a test collection (seeding takes about a second).</summary>
public sealed class SeededAppFixture : IDisposable
{
    public KnowledgeApp App { get; } = new();

    public SeededAppFixture() => _ = App.Server; // start (migrate + seed) once

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededAppFixture>
{
    public const string Name = "seeded app";
}
