using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Elasticsearch;
using Microsoft.Extensions.Options;

namespace Knowledge.Tests.Search;

/// <summary>
/// The contract against a real Elasticsearch 8.x at <c>KNOWLEDGE_TEST_ELASTICSEARCH_URL</c> (optional
/// <c>KNOWLEDGE_TEST_ELASTICSEARCH_API_KEY</c>). No Elasticsearch server can be installed on the build machines, so
/// without the variable these tests are skipped — under CI=true as well.
/// </summary>
public sealed class ElasticsearchSearchIndexContractTests : SearchIndexContractTests
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_ELASTICSEARCH_URL");
    private readonly string prefix = "knowledge-test-" + Guid.NewGuid().ToString("n")[..12];
    private ElasticsearchClient? client;

    public static string? SkipReason => string.IsNullOrWhiteSpace(Url)
        ? "KNOWLEDGE_TEST_ELASTICSEARCH_URL is not set: no Elasticsearch server can be installed on this machine (skipped under CI too)."
        : null;

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        var options = new SearchOptions
        {
            Provider = SearchProvider.Elasticsearch,
            Elasticsearch = new ElasticsearchOptions
            {
                Url = Url, ApiKey = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_ELASTICSEARCH_API_KEY"), IndexPrefix = prefix,
            },
        };
        client = new ElasticsearchClient(Options.Create(options));
        return Task.FromResult<ISearchIndex>(new ElasticsearchSearchIndex(client, Options.Create(options)));
    }

    protected override async Task DeleteIndexAsync()
    {
        foreach (var index in await client!.AliasTargetsAsync(prefix, CancellationToken.None))
            await client.DeleteIndexAsync(index, CancellationToken.None);
        client.Dispose();
    }
}
