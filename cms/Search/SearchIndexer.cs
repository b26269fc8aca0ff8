using Knowledge.Cms.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Search;

/// <summary>
/// The background service that keeps the index in step with the database: after start-up it indexes everything when
/// the index is empty, then drains the outbox every poll interval (immediately again while there is a backlog).
/// While the engine is unreachable it keeps retrying; writes are never blocked by it.
/// </summary>
public sealed class SearchIndexer(
    IServiceScopeFactory scopes,
    ISearchIndex index,
    DatabaseState database,
    SearchIndexState state,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private static readonly AsyncLocal<bool> IndexerFlow = new();
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>True on the indexer's own async flow (lets tests that count a request's SQL commands ignore its polling).</summary>
    internal static bool IsIndexerFlow => IndexerFlow.Value;

    /// <summary>Asks for a pass now instead of at the next poll (after a write, or from tests).</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IndexerFlow.Value = true;
        var settings = options.Value.Indexer;
        if (!settings.Enabled)
        {
            logger.LogWarning("Search indexer is disabled (Search:Indexer:Enabled=false); outbox rows accumulate until it is enabled");
            state.MarkReady();
            return;
        }
        while (!database.IsReady) await Task.Delay(100, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BootstrapAsync(stoppingToken);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Search engine {Provider} not reachable at start; retrying", index.Provider);
                await Task.Delay(TimeSpan.FromSeconds(settings.RetryBaseSeconds), stoppingToken);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                handled = await scope.ServiceProvider.GetRequiredService<OutboxIndexer>().DrainOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox pass failed");
            }
            if (handled == 0) await wake.WaitAsync(TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds), stoppingToken);
        }
    }

    private async Task BootstrapAsync(CancellationToken cancellationToken)
    {
        await index.EnsureCreatedAsync(cancellationToken);
        if (await index.CountAsync(cancellationToken) == 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<OutboxIndexer>().IndexAllAsync(cancellationToken);
            logger.LogInformation("Search index was empty: indexed {Count} documents from the database", count);
        }
        state.MarkReady();
    }
}
