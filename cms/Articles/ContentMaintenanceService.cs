using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Articles;

/// <summary>Background work of the CMS: publishes scheduled revisions when due and flushes batched view counts.</summary>
internal sealed class ContentMaintenanceService(
    IServiceScopeFactory scopes, ArticleViewCounter views, DatabaseState state, IOptions<ContentOptions> options,
    ILogger<ContentMaintenanceService> logger) : BackgroundService
{
    private readonly SemaphoreSlim flushGate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromTicks(Math.Min(options.Value.SchedulerInterval.Ticks, options.Value.ViewFlushInterval.Ticks));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!state.IsReady) continue;
            await RunOnceAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (state.IsReady) await FlushViewsAsync(cancellationToken);
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
            var published = await scope.ServiceProvider.GetRequiredService<ArticleService>().PublishDueAsync(cancellationToken);
            if (published > 0) logger.LogInformation("Published {Count} scheduled revision(s)", published);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Scheduled publishing failed; will retry");
        }
        await FlushViewsAsync(cancellationToken);
    }

    private async Task FlushViewsAsync(CancellationToken cancellationToken)
    {
        // One flush at a time: a caller that flushes sees every view recorded before it (it waits for a flush in
        // flight instead of finding the counter drained), and two flushes never insert the same day row twice.
        await flushGate.WaitAsync(cancellationToken);
        try
        {
            await FlushViewsCoreAsync(cancellationToken);
        }
        finally
        {
            flushGate.Release();
        }
    }

    private async Task FlushViewsCoreAsync(CancellationToken cancellationToken)
    {
        var counts = views.Drain();
        if (counts.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            var itemIds = counts.Keys.Select(k => k.ItemId).Distinct().ToList();
            var days = counts.Keys.Select(k => k.Day).Distinct().ToList();
            var existing = await db.ArticleViews.Where(v => itemIds.Contains(v.ItemId) && days.Contains(v.Day)).ToListAsync(cancellationToken);
            var known = await db.ContentItems.Where(i => itemIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
            foreach (var ((itemId, locale, day), n) in counts)
            {
                if (!known.Contains(itemId)) continue;
                var row = existing.FirstOrDefault(v => v.ItemId == itemId && v.Locale == locale && v.Day == day);
                if (row is null) db.ArticleViews.Add(new ArticleViewDay { ItemId = itemId, Locale = locale, Day = day, Views = n });
                else row.Views += n;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            views.Restore(counts);
            logger.LogWarning(ex, "Flushing article views failed; counts kept for the next try");
        }
    }
}
