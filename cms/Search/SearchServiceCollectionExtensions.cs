using Knowledge.Cms.Common;
using Knowledge.Cms.Search.Elasticsearch;
using Knowledge.Cms.Search.Lucene;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The search engine chosen by <c>Search:Provider</c>, the outbox indexer and the search services.</summary>
    internal static IServiceCollection AddKnowledgeSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.Provider != SearchProvider.Elasticsearch || Uri.TryCreate(o.Elasticsearch.Url, UriKind.Absolute, out _),
                "Search:Elasticsearch:Url must be an absolute URL when Search:Provider is Elasticsearch.")
            .Validate(o => o.K1 > 0 && o.B is >= 0 and <= 1 && o.TitleBoost > 0 && o.MaxQueryLength is > 0 and <= 5000,
                "Search: K1 must be positive, B within 0–1, TitleBoost positive, MaxQueryLength 1–5000.")
            .Validate(o => o.Indexer.PollIntervalMilliseconds > 0 && o.Indexer.BatchSize > 0 && o.Indexer.RetryBaseSeconds > 0,
                "Search:Indexer: PollIntervalMilliseconds, BatchSize and RetryBaseSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<LuceneSearchIndex>();
        services.AddSingleton<ElasticsearchClient>();
        services.AddSingleton<ElasticsearchSearchIndex>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<IOptions<SearchOptions>>().Value.Provider == SearchProvider.Elasticsearch
            ? sp.GetRequiredService<ElasticsearchSearchIndex>()
            : sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton<SynonymCatalog>();
        services.AddSingleton<SearchIndexState>();
        services.AddInternal<RebuildSearchIndexJob>();
        services.AddScoped<Knowledge.Cms.Jobs.IJobHandler>(sp => sp.GetRequiredService<RebuildSearchIndexJob>());
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddInternal<SearchDocumentSource>().AddInternal<SearchService>().AddInternal<SearchInsightsReader>()
            .AddInternal<SynonymService>().AddInternal<OutboxIndexer>();
        return services;
    }
}
