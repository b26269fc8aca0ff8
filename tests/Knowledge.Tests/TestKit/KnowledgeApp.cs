using System.Data.Common;
using Knowledge.Cms.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.TestKit;

/// <summary>
/// The real api host over real HTTP handlers, on a real SQLite file in its own temporary data directory.
/// Every SQL command is counted so tests can bound round trips.
/// </summary>
public sealed class KnowledgeApp : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";
    public static readonly DateTime ReferenceDate = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly bool seedDemo;
    private readonly bool ownsDirectory;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="dataDirectory">Reuse a data directory (a "restart"); the caller then deletes it. Default: a fresh one, deleted on dispose.</param>
    /// <param name="settings">Extra configuration, e.g. <c>Search:Indexer:Enabled</c>.</param>
    /// <param name="configureServices">Service overrides for fakes of external edges (e.g. a search engine that is down).</param>
    public KnowledgeApp(bool seedDemo = true, string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        this.seedDemo = seedDemo;
        this.settings = settings ?? new Dictionary<string, string>();
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "knowledge-tests", Guid.NewGuid().ToString("n"));

    public string DataDirectory { get; }

    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Seed:Demo", seedDemo ? "true" : "false");
        builder.UseSetting("Seed:ReferenceDate", ReferenceDate.ToString("O"));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteKnowledgeDbContext>(options => options.AddInterceptors(Commands));
            configureServices?.Invoke(services);
        });
    }

    public GraphQLClient Client(string? apiKey = AdminKey) => new(CreateClient(), apiKey);

    public GraphQLClient Anonymous() => Client(null);

    /// <summary>Runs <paramref name="action"/> against the database in a fresh scope (for arranging and asserting state).</summary>
    internal async Task<T> WithDbAsync<T>(Func<KnowledgeDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !ownsDirectory) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on some platforms; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>Counts SQL commands; tests read the count around one request. The search indexer's background polling is not counted.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!Knowledge.Cms.Search.SearchIndexer.IsIndexerFlow) Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        if (!Knowledge.Cms.Search.SearchIndexer.IsIndexerFlow) Interlocked.Increment(ref count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!Knowledge.Cms.Search.SearchIndexer.IsIndexerFlow) Interlocked.Increment(ref count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
