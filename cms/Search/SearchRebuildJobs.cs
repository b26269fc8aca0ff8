using System.Collections.Concurrent;
using Knowledge.Cms.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Cms.Search;

/// <summary>
/// Runs index rebuilds in the background, one at a time: every document is re-read from the database into a fresh
/// index that replaces the live one atomically (no gap in search). SEAM: replace with the shared job worker.
/// </summary>
public sealed class SearchRebuildJobs(IServiceScopeFactory scopes, ISearchIndex index, IClock clock, IHostApplicationLifetime lifetime,
    ILogger<SearchRebuildJobs> logger)
{
    public const string Kind = "search.rebuild";
    private readonly ConcurrentDictionary<string, SearchRebuildJob> jobs = new();
    private readonly SemaphoreSlim single = new(1, 1);

    public SearchRebuildJob? Get(string id) => jobs.GetValueOrDefault(id);

    public SearchRebuildJob? Latest => jobs.Values.OrderByDescending(j => j.CreatedAt).FirstOrDefault();

    /// <summary>Queues a rebuild; a second request while one runs returns the running job.</summary>
    public SearchRebuildJob Start(Viewer viewer)
    {
        if (!viewer.IsAdmin) throw KnowledgeException.Forbidden("Only admins rebuild the search index.");
        if (jobs.Values.FirstOrDefault(j => j.Status is SearchJobStatus.Queued or SearchJobStatus.Running) is { } running) return running;
        var job = new SearchRebuildJob(Guid.NewGuid().ToString("n"), Kind, SearchJobStatus.Queued, 0, 0, null, clock.UtcNow, null);
        jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job.Id, lifetime.ApplicationStopping));
        return job;
    }

    /// <summary>Runs a rebuild in the caller's flow (tests, tools); returns the finished job.</summary>
    public async Task<SearchRebuildJob> RunNowAsync(CancellationToken cancellationToken)
    {
        var job = new SearchRebuildJob(Guid.NewGuid().ToString("n"), Kind, SearchJobStatus.Queued, 0, 0, null, clock.UtcNow, null);
        jobs[job.Id] = job;
        await RunAsync(job.Id, cancellationToken);
        return jobs[job.Id];
    }

    private async Task RunAsync(string id, CancellationToken cancellationToken)
    {
        await single.WaitAsync(cancellationToken);
        try
        {
            jobs[id] = jobs[id] with { Status = SearchJobStatus.Running, Progress = 5 };
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
            var count = await index.RebuildAsync(source.ReadAllAsync(500, cancellationToken), cancellationToken);
            jobs[id] = jobs[id] with { Status = SearchJobStatus.Succeeded, Progress = 100, Documents = count, FinishedAt = clock.UtcNow };
        }
        catch (OperationCanceledException)
        {
            jobs[id] = jobs[id] with { Status = SearchJobStatus.Cancelled, FinishedAt = clock.UtcNow };
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Search index rebuild {Job} failed", id);
            jobs[id] = jobs[id] with { Status = SearchJobStatus.Failed, Error = ex.Message, FinishedAt = clock.UtcNow };
        }
        finally
        {
            single.Release();
        }
    }
}
