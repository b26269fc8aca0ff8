using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Elasticsearch;
using Microsoft.Extensions.Options;
using Snapshooter.Xunit;

namespace Knowledge.Tests.Search;

/// <summary>What the Elasticsearch client sends, pinned by snapshots (no server needed): the index template and the search body.</summary>
public sealed class ElasticsearchRequestTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Should_map_every_language_family_to_its_analyzer_in_the_index_template()
    {
        var template = ElasticsearchMappings.IndexTemplate("knowledge", new SearchOptions());

        Snapshot.Match(template.ToJsonString(Indented));
    }

    [Fact]
    public async Task Should_send_a_filtered_search_with_escaping_free_user_text_when_a_partner_searches()
    {
        var handler = new RecordingHandler("""
            {"hits":{"total":{"value":1},"hits":[{"_score":3.5,"_source":{"id":"content:7:en","entity_id":7,"locale":"en"},
              "highlight":{"body_en":["how to <mark>reset</mark> it"],"title_en":["<mark>Reset</mark> your password"]}}]},
             "aggregations":{"kind":{"buckets":[{"key":"ARTICLE","doc_count":1}]}}}
            """);
        var options = new SearchOptions
        {
            Provider = SearchProvider.Elasticsearch,
            Elasticsearch = new ElasticsearchOptions { Url = "http://es.test:9200", ApiKey = "c2VjcmV0OmtleQ==", IndexPrefix = "kb" },
        };
        using var client = new ElasticsearchClient(options.Elasticsearch, handler);
        var index = new ElasticsearchSearchIndex(client, Options.Create(options));

        var result = await index.SearchAsync(new SearchQuery
        {
            Text = "reset \"password\" AND (title:*)", Locale = "en", Expansions = ["unable to sign in"], Kinds = ["ARTICLE"],
            Audiences = ["PUBLIC", "PARTNER"], PublishedOnly = true, AllowedLocales = ["en", "de"], Offset = 20, Limit = 10,
        }, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST http://es.test:9200/kb/_search", request.Line);
        Assert.Equal("ApiKey c2VjcmV0OmtleQ==", request.Authorization);
        Snapshot.Match(JsonNode.Parse(request.Body)!.ToJsonString(Indented));
        Assert.Equal(7, result.Hits.Single().EntityId);
        Assert.Equal(["<mark>Reset</mark> your password", "how to <mark>reset</mark> it"], result.Hits.Single().Highlights);
        Assert.Equal(1, result.Facets.Single(f => f.Field == "kind").Values.Single().Count);
    }

    [Fact]
    public async Task Should_fail_the_bulk_when_elasticsearch_reports_an_item_error()
    {
        var handler = new RecordingHandler("""{"errors":true,"items":[{"index":{"status":400}}]}""");
        using var client = new ElasticsearchClient(new ElasticsearchOptions { Url = "http://es.test:9200", Username = "u", Password = "p" }, handler);

        await Assert.ThrowsAsync<ElasticsearchException>(() => client.BulkAsync("kb", [new JsonObject { ["index"] = new JsonObject() }], true, CancellationToken.None));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("u:p")), handler.Requests.Single().Authorization);
        Assert.EndsWith("\n", handler.Requests.Single().Body, StringComparison.Ordinal);
    }

    private sealed class RecordingHandler(string response) : HttpMessageHandler
    {
        public List<(string Line, string? Authorization, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(($"{request.Method} {request.RequestUri}", request.Headers.Authorization?.ToString(), body));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(response, Encoding.UTF8, "application/json") };
        }
    }
}
