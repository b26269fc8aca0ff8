using Knowledge.Cms.Data;
using Knowledge.Cms.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// After the database is ready: loads the active models from disk and, when there is no issue-type model yet,
/// queues the first training job — in the background, so start-up is not held up by training.
/// </summary>
internal sealed class TriageStartup(IServiceScopeFactory scopes, DatabaseState database, TriageModels models,
    IOptions<TriageOptions> options, ILogger<TriageStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!database.IsReady && !stoppingToken.IsCancellationRequested)
            await Task.Delay(100, stoppingToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        foreach (var problem in await models.LoadActiveAsync(db, stoppingToken))
            logger.LogWarning("Triage model could not be loaded: {Problem}", problem);
        if (models.Get(ModelKind.IssueType) is not null || !options.Value.TrainOnStart) return;
        await Task.Delay(options.Value.TrainOnStartDelay, stoppingToken);
        if (!await db.Tickets.AnyAsync(t => t.IssueTypeId != null, stoppingToken) && !await db.IssueTypes.AnyAsync(stoppingToken)) return;
        var jobs = scope.ServiceProvider.GetRequiredService<JobService>();
        if (await jobs.FindActiveAsync(TrainTriageModelJob.JobKind, stoppingToken) is null)
        {
            var job = await jobs.EnqueueAsync(TrainTriageModelJob.JobKind, null, "startup", stoppingToken);
            logger.LogInformation("No triage model yet: queued training job {JobId}", job.Id);
        }
    }
}
