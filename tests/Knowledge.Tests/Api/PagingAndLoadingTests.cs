using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class PagingAndLoadingTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private const string Page = "query($first: Int, $after: String, $last: Int, $before: String) { tickets(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }";

    private static List<string> Ids(JsonElement data) =>
        data.GetProperty("tickets").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Should_page_forward_and_backward_with_cursors()
    {
        var client = app.Client();
        var first = await client.QueryAsync(Page, new { first = 5 });
        var info = first.GetProperty("tickets").GetProperty("pageInfo");
        Assert.True(info.GetProperty("hasNextPage").GetBoolean());
        Assert.False(info.GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(first.GetProperty("tickets").GetProperty("totalCount").GetInt32() >= 1000);

        var second = await client.QueryAsync(Page, new { first = 5, after = info.GetProperty("endCursor").GetString() });
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.True(second.GetProperty("tickets").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var back = await client.QueryAsync(Page, new { last = 5, before = second.GetProperty("tickets").GetProperty("pageInfo").GetProperty("startCursor").GetString() });
        Assert.Equal(Ids(first), Ids(back));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000)]
    public async Task Should_reject_page_sizes_out_of_range_with_validation(int first)
    {
        var response = await app.Client().PostAsync(Page, new { first });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("first", response.FirstField);
    }

    [Fact]
    public async Task Should_reject_a_forged_cursor_with_validation()
    {
        var response = await app.Client().PostAsync(Page, new { first = 5, after = "bm90LWEtY3Vyc29y" });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("after", response.FirstField);
    }

    [Fact]
    public async Task Should_list_50_tickets_with_relations_in_at_most_6_sql_commands()
    {
        const string query = "{ tickets(first: 50) { totalCount edges { node { subject account { name tier } team { name } requester { name email } messages { kind body } issueType { name path } } } } }";
        var client = app.Client();
        await client.QueryAsync(query); // warm caches (API key, taxonomy snapshot)
        app.Commands.Reset();
        var data = await client.QueryAsync(query);
        var commands = app.Commands.Count;
        var nodes = data.GetProperty("tickets").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n.GetProperty("messages").EnumerateArray()));
        Assert.Contains(nodes, n => n.GetProperty("account").ValueKind == JsonValueKind.Object);
        Assert.True(commands <= 6, $"{commands} SQL commands for one page of 50 tickets");
    }

    [Fact]
    public async Task Should_fetch_objects_by_global_id_with_node_and_nodes()
    {
        var client = app.Client();
        var ids = (await client.QueryAsync("{ tickets(first: 3) { nodes { id subject } } teams { id name } }"));
        var ticketId = ids.GetProperty("tickets").GetProperty("nodes")[0].GetProperty("id").GetString();
        var teamId = ids.GetProperty("teams")[0].GetProperty("id").GetString();
        var data = await client.QueryAsync("query($a: ID!, $ids: [ID!]!) { node(id: $a) { id ... on Ticket { subject } } nodes(ids: $ids) { id ... on Team { name } } }",
            new { a = ticketId, ids = new[] { teamId, "bm9wZQ", ticketId } });
        Assert.Equal(ticketId, data.GetProperty("node").GetProperty("id").GetString());
        var nodes = data.GetProperty("nodes");
        Assert.Equal(teamId, nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(ticketId, nodes[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_filter_and_order_tickets()
    {
        var data = await app.Client().QueryAsync("{ tickets(first: 20, where: { statuses: [RESOLVED, CLOSED], language: \"de\", priorities: [P1, P2] }, orderBy: [{ field: PRIORITY, direction: ASC }, { field: CREATED_AT, direction: DESC }]) { totalCount nodes { status language priority } } }");
        var nodes = data.GetProperty("tickets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("de", n.GetProperty("language").GetString()));
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("status").GetString(), new[] { "RESOLVED", "CLOSED" }));
        var priorities = nodes.Select(n => n.GetProperty("priority").GetString()).ToList();
        Assert.Equal(priorities.Order(), priorities);
    }
}
