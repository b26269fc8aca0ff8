using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Realtime;

/// <summary>The real graphql-ws npm client (with ws) against the server on a real port.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class GraphQLWsConformanceTests(RealtimeAppFixture fixture)
{
    [NodeFact]
    public async Task Should_subscribe_receive_complete_and_reconnect_when_driven_by_the_graphql_ws_client()
    {
        var url = new UriBuilder(fixture.Address) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();
        var (exitCode, output) = await NodeScripts.RunAsync("conformance.mjs", TimeSpan.FromSeconds(60), url, KnowledgeApp.AdminKey);
        Assert.True(exitCode == 0, output);
        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(result.GetProperty("ok").GetBoolean(), output);
        // one reconnect after the drop; the lazy client may connect once more for the last query after the subscription completed
        Assert.InRange(result.GetProperty("connects").GetInt32(), 2, 3);
        Assert.StartsWith("VGlja2V0", result.GetProperty("first").GetString()); // base64 of "Ticket…"
        Assert.NotEqual(result.GetProperty("first").GetString(), result.GetProperty("second").GetString());
        Assert.Equal("Query", result.GetProperty("typename").GetString());
    }
}
