using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Churn;

/// <summary>On a fresh install, trains the first churn model in the background (never blocking start-up).</summary>
internal sealed class ChurnStartupService(IServiceScopeFactory scopes, ChurnModelStore store, DatabaseState state, IOptions<ChurnOptions> options,
    ILogger<ChurnStartupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TrainOnStart || store.Current is not null) return;
        while (!state.IsReady) await Task.Delay(200, stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
            await scope.ServiceProvider.GetRequiredService<ChurnService>().TrainAsync(null, stoppingToken);
        }
        catch (KnowledgeException ex)
        {
            // An install without usage history has nothing to learn from yet: scores come from the rules layer.
            logger.LogInformation("No churn model trained at start: {Reason}", ex.Message);
        }
    }
}
