using Knowledge.Cms.Data;
using Knowledge.Cms.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Sla;

/// <summary>
/// The background scheduler of SLA work, on the domain clock (<see cref="Common.IClock"/>, so tests move time instead
/// of waiting). Every <see cref="SlaOptions.SweepInterval"/>, and at once when an escalation is committed on this
/// instance, it raises due SLA milestones, plans the notifications of new escalations, fires due follow-ups and
/// delivers what was written. Every step claims its rows in the database: any number of instances may run it.
/// </summary>
internal sealed class SlaScheduler(IServiceScopeFactory scopes, DatabaseState database, SlaSignal signal, IOptions<SlaOptions> options,
    ILogger<SlaScheduler> logger) : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(options.Value.SweepInterval, stoppingToken);
                if (database.IsReady) await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "SLA sweep failed; retrying on the next tick");
            }
        }
    }

    /// <summary>One sweep (tests call it after moving the clock). Sweeps of this instance never overlap.</summary>
    internal async Task<SlaSweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var milestones = await services.GetRequiredService<SlaMilestoneSweep>().RunAsync(cancellationToken);
            var planned = await services.GetRequiredService<EscalationNotifier>().PlanPendingAsync(cancellationToken);
            var followUps = await services.GetRequiredService<FollowUpRunner>().RunDueAsync(cancellationToken);
            var delivered = await services.GetRequiredService<NotificationDelivery>().DeliverPendingAsync(cancellationToken);
            if (milestones + planned + followUps > 0)
                logger.LogInformation("SLA sweep: {Milestones} milestone escalations, {Planned} notifications planned, {FollowUps} follow-ups fired, {Delivered} delivered",
                    milestones, planned, followUps, delivered);
            return new SlaSweepResult(milestones, planned, followUps, delivered);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>What one sweep did.</summary>
internal sealed record SlaSweepResult(int Milestones, int NotificationsPlanned, int FollowUpsFired, int NotificationsDelivered);
