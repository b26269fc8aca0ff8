using System.Diagnostics;
using Knowledge.Cms;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Knowledge.Cms.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Evaluation;

/// <summary>
/// The product's cms composed as the api composes it (SQLite in a temporary data directory, the configured search
/// engine, the real indexer and <see cref="SearchService"/>), for evaluation tasks and benchmarks. Documents are written
/// as published public articles and indexed by the same code that drains the outbox; queries go through the same
/// service the GraphQL <c>search</c> field calls (validation, synonyms, engine, hydration from the database, query log).
/// </summary>
internal sealed class SearchHarness : IAsyncDisposable
{
    private readonly IHost host;
    private readonly string directory;

    private SearchHarness(IHost host, string directory)
    {
        this.host = host;
        this.directory = directory;
    }

    public static async Task<SearchHarness> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "knowledge-eval", Guid.NewGuid().ToString("n"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Seed:Demo"] = "false",
            ["Search:Indexer:Enabled"] = "false",
        });
        // Search__K1=0.9 etc. in the environment still override (AddEnvironmentVariables runs last).
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKnowledgeCms();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new SearchHarness(host, directory);
    }

    public string DataDirectory => directory;

    /// <summary>Writes the documents as published public articles of <paramref name="locale"/> and indexes them; returns item id → document id.</summary>
    public async Task<Dictionary<int, string>> LoadAsync(IReadOnlyList<(string Id, string Title, string Text)> documents, string locale, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<int, string>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            var now = DateTime.UtcNow;
            foreach (var chunk in documents.Chunk(500))
            {
                var items = chunk.Select((d, i) => (Doc: d, Item: new ContentItem
                {
                    Kind = ContentKind.Article, Audience = Audience.Public, SourceLocale = locale, CreatedAt = now, UpdatedAt = now,
                    Variants =
                    [
                        new ContentVariant
                        {
                            Locale = locale, Slug = "d" + Guid.NewGuid().ToString("n"), Status = ContentStatus.Published, CurrentRevision = 1,
                            PublishedRevision = 1, PublishedAt = now, CreatedAt = now, UpdatedAt = now,
                            Revisions = [new ContentRevision { Number = 1, Title = d.Title, Body = d.Text, CreatedAt = now }],
                        },
                    ],
                })).ToList();
                db.ContentItems.AddRange(items.Select(x => x.Item));
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (doc, item) in items) ids[item.Id] = doc.Id;
                db.ChangeTracker.Clear();
            }
        }
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxIndexer>().IndexAllAsync(cancellationToken);
        return ids;
    }

    /// <summary>One search exactly as an anonymous API caller; returns the item ids in rank order and the elapsed time.</summary>
    public async Task<(IReadOnlyList<int> ItemIds, double Milliseconds)> SearchAsync(string text, string locale, int first, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.Anonymous;
        var service = scope.ServiceProvider.GetRequiredService<SearchService>();
        var watch = Stopwatch.StartNew();
        var results = await service.SearchContentAsync(text, locale, null, new PageRequest(first), cancellationToken);
        watch.Stop();
        return (results.Items.Select(i => i.Node.Item.Id).ToList(), watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>The engine alone (no validation, synonyms, hydration or logging), for latency breakdowns.</summary>
    public async Task<double> EngineSearchAsync(string text, string locale, int first, CancellationToken cancellationToken)
    {
        var index = host.Services.GetRequiredService<ISearchIndex>();
        var watch = Stopwatch.StartNew();
        await index.SearchAsync(new SearchQuery { Text = text, Locale = locale, Audiences = ["PUBLIC"], PublishedOnly = true, Limit = first }, cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
    }

    public T Service<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
