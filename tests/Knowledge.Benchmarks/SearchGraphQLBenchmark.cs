extern alias api;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Data;
using Knowledge.Cms.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks;

/// <summary>
/// <c>search-graphql [--docs 10000,100000] [--queries 300]</c>: the whole path — HTTP request to the in-process api,
/// GraphQL parsing and validation, role filters, the Lucene engine with facets and highlights, hydration of the page
/// from SQLite, the query-log insert — with generated articles stored in the database and indexed from it.
/// </summary>
internal sealed class SearchGraphQLBenchmark : IBenchmark
{
    private const string Query = "query($q: String!) { search(query: $q, locale: \"en\", first: 10) { totalCount "
                                 + "edges { node { score highlights article { slug title } } } facets { field values { value count } } } }";

    public string Name => "search-graphql";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var sizes = Option(args, "--docs", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var queryCount = int.Parse(Option(args, "--queries", "300"), CultureInfo.InvariantCulture);
        var generator = new SearchCorpusGenerator();
        // WebApplicationFactory looks for the api's content root; point it at api/ of this checkout.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGE_API", ApiDirectory());
        output.WriteLine($"# search through GraphQL over in-process HTTP on {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        output.WriteLine("| documents | index from database docs/s | p50 ms | p99 ms | CPU ms/query |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var directory = Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));
            try
            {
                await using var app = new BenchApp(directory);
                _ = app.Server;
                await StoreAsync(app, generator, size);
                var watch = Stopwatch.StartNew();
                await using (var scope = app.Services.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<OutboxIndexer>().IndexAllAsync(CancellationToken.None);
                var perSecond = size / watch.Elapsed.TotalSeconds;
                using var client = app.CreateClient();
                var random = new Random(3);
                var queries = Enumerable.Range(0, queryCount).Select(_ => generator.Words(random, random.Next(1, 5))).ToList();
                foreach (var q in queries.Take(50)) await PostAsync(client, q);
                var times = new List<double>();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var q in queries)
                {
                    var one = Stopwatch.StartNew();
                    await PostAsync(client, q);
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
                var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries.Count;
                times.Sort();
                output.WriteLine(FormattableString.Invariant(
                    $"| {size:N0} | {perSecond:F0} | {times[times.Count / 2]:F2} | {times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)]:F2} | {cpuPerQuery:F2} |"));
            }
            finally
            {
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
    }

    private static async Task PostAsync(HttpClient client, string q)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = new { q } });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException(body);
    }

    private static async Task StoreAsync(BenchApp app, SearchCorpusGenerator generator, int size)
    {
        var now = DateTime.UtcNow;
        foreach (var chunk in generator.Documents(size).Chunk(1000))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            db.ContentItems.AddRange(chunk.Select(e => e.Documents[0]).Select(d => new ContentItem
            {
                Kind = ContentKind.Article, Audience = d.Audience == "INTERNAL" ? Audience.Internal : Audience.Public, SourceLocale = "en",
                CreatedAt = now, UpdatedAt = now, Tags = d.Tags.ToList(),
                Variants =
                [
                    new ContentVariant
                    {
                        Locale = "en", Slug = "b" + d.EntityId.ToString(CultureInfo.InvariantCulture), Status = ContentStatus.Published,
                        CurrentRevision = 1, PublishedRevision = 1, PublishedAt = now, CreatedAt = now, UpdatedAt = now,
                        Revisions = [new ContentRevision { Number = 1, Title = d.Title, Body = d.Body, CreatedAt = now }],
                    },
                ],
            }));
            await db.SaveChangesAsync();
        }
    }

    private static string ApiDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Knowledge.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Knowledge.sln not found"), "api");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private sealed class BenchApp(string directory) : WebApplicationFactory<api::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataDirectory", directory);
            builder.UseSetting("Seed:Demo", "false");
            builder.UseSetting("Auth:BootstrapAdminKey", "benchmark-admin-key-0123456789");
            builder.UseSetting("Search:Indexer:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // appsettings.json names the request log's category explicitly; without this every request is logged.
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging", "Warning");
        }
    }
}
