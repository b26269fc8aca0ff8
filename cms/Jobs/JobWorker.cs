using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Cms.Jobs;

/// <summary>
/// Runs queued jobs one at a time (the machine's cores are shared with request handling), each in its own scope.
/// Jobs left running by a crash are marked failed on start.
/// </summary>
internal sealed class JobWorker(
    IServiceScopeFactory scopes,
    JobSignal signal,
    DatabaseState database,
    IEventBus bus,
    IClock clock,
    ILogger<JobWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!database.IsReady && !stoppingToken.IsCancellationRequested)
            await Task.Delay(100, stoppingToken);
        await FailInterruptedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken)) await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Job worker loop failed; retrying");
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    private async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        var running = await db.Jobs.Where(j => j.Status == JobStatus.Running).ToListAsync(cancellationToken);
        foreach (var job in running)
        {
            job.Status = JobStatus.Failed;
            job.Error = "Interrupted by a restart; queue it again.";
            job.FinishedAt = clock.UtcNow;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        var job = await db.Jobs.Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken);
        if (job is null) return false;
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        job.Status = JobStatus.Running;
        job.StartedAt = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(job, cancellationToken);
        try
        {
            if (handler is null) throw KnowledgeException.Unavailable($"No handler runs jobs of kind '{job.Kind}'.");
            var results = await handler.RunAsync(job, new Progress(this, db, job), cancellationToken);
            job.ResultIds = results.ToList();
            job.Progress = 100;
            job.Status = JobStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            job.Status = JobStatus.Cancelled;
            job.Error = "Cancelled by shutdown.";
        }
        catch (KnowledgeException ex)
        {
            job.Status = JobStatus.Failed;
            job.Error = ex.Message;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Job {Id} ({Kind}) failed", job.Id, job.Kind);
            job.Status = JobStatus.Failed;
            job.Error = "Unexpected failure: " + ex.Message;
        }
        job.FinishedAt = clock.UtcNow;
        db.ChangeTracker.Clear();
        db.Jobs.Update(job);
        await db.SaveChangesAsync(CancellationToken.None);
        await PublishAsync(job, CancellationToken.None);
        return true;
    }

    private Task PublishAsync(Job job, CancellationToken cancellationToken) =>
        bus.PublishAsync(new DomainEvent(JobTopics.Progress, job.Id, new Dictionary<string, string>
        {
            ["kind"] = job.Kind, ["status"] = job.Status.ToString().ToUpperInvariant(), ["progress"] = job.Progress.ToString(),
        }), cancellationToken);

    private sealed class Progress(JobWorker worker, KnowledgeDbContext db, Job job) : IJobProgress
    {
        public async Task ReportAsync(int percent, CancellationToken cancellationToken)
        {
            percent = Math.Clamp(percent, 0, 99);
            if (percent <= job.Progress) return;
            await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, percent), cancellationToken);
            job.Progress = percent;
            await worker.PublishAsync(job, cancellationToken);
        }
    }
}
