using Knowledge.Tests.TestKit;
using Snapshooter.Xunit;

namespace Knowledge.Tests.Schema;

[Collection(SeededCollection.Name)]
public sealed class TaxonomySnapshotTests(SeededAppFixture fixture)
{
    /// <summary>The demo taxonomy as an anonymous help center sees it; changes to the seed show up here.</summary>
    [Fact]
    public async Task Should_serve_the_demo_taxonomy_tree()
    {
        var data = await fixture.App.Anonymous().QueryAsync(
            "{ categories { slug name subcategories { slug name issueTypes { slug name path defaultPriority defaultSeverity autoResolvable } } } }");
        Snapshot.Match(data.GetRawText());
    }
}
