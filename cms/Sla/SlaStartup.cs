using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Sla;

/// <summary>
/// Gives a database without an escalation matrix the default one (fresh installs, demo or not). Registered after the
/// database initializer, whose start (migrations) completes first.
/// </summary>
internal sealed class SlaStartup(IServiceScopeFactory scopes, IOptions<Data.DatabaseOptions> database, ILogger<SlaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            if (await scope.ServiceProvider.GetRequiredService<EscalationMatrixService>().EnsureDefaultsAsync(cancellationToken))
                logger.LogInformation("Seeded the default escalation matrix");
        }
        catch (Exception ex) when (!database.Value.MigrateOnStart)
        {
            // Without migrations on start the schema may not be there yet; tickets then use the per-priority defaults.
            logger.LogWarning(ex, "Could not seed the default escalation matrix");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
