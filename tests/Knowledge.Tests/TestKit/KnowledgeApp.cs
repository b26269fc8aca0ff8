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
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="dataDirectory">Reuse a data directory (a "restart"); the caller then deletes it. Default: a fresh one, deleted on dispose.</param>
    /// <param name="kestrel">Serve on a real loopback port (WebSocket clients, node, browsers), see <see cref="BaseAddress"/>.</param>
    /// <param name="settings">Extra configuration, e.g. <c>Search:Indexer:Enabled</c> or <c>Events:Provider</c>.</param>
    /// <param name="configureServices">Service overrides for fakes of external edges (e.g. a search engine that is down).</param>
    public KnowledgeApp(bool seedDemo = true, string? dataDirectory = null, bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        this.seedDemo = seedDemo;
        this.settings = settings ?? new Dictionary<string, string?>();
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        if (kestrel) UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The real server's address when started with <c>kestrel: true</c> (starts the server).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "knowledge-tests", Guid.NewGuid().ToString("n"));

    public string DataDirectory { get; }

    public SqlCommandCounter Commands { get; } = new();

    /// <summary>The domain clock; tests advance it instead of waiting.</summary>
    public TestClock Clock { get; } = new(ReferenceDate.AddHours(12));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Seed:Demo", seedDemo ? "true" : "false");
        builder.UseSetting("Seed:ReferenceDate", ReferenceDate.ToString("O"));
        // Tests train churn models explicitly; a background training per app would only cost CPU.
        builder.UseSetting("Churn:TrainOnStart", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteKnowledgeDbContext>(options => options.AddInterceptors(Commands));
            services.AddSingleton<Knowledge.Cms.Common.IClock>(Clock);
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
