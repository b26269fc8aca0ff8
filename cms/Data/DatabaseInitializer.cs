using Knowledge.Cms.Auth;
using Knowledge.Cms.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Data;

/// <summary>
/// Runs before the server accepts requests: applies migrations, makes sure an admin key exists and seeds the demo
/// help desk into an empty database.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<SeedOptions> seed,
    DatabaseState state,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
        if (database.Value.MigrateOnStart)
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        var generated = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().EnsureBootstrapKeyAsync(cancellationToken);
        if (generated is not null)
        {
            // Printed once, to the console only (never through the logger, so it does not reach log sinks).
            Console.WriteLine();
            Console.WriteLine("  Generated admin API key (shown once, store it now):");
            Console.WriteLine($"    {generated}");
            Console.WriteLine("  Set Auth:BootstrapAdminKey to choose your own.");
            Console.WriteLine();
        }
        if (seed.Value.Demo)
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            var result = await seeder.SeedIfEmptyAsync(cancellationToken);
            if (result is not null) logger.LogInformation("Seeded demo help desk: {Summary}", result);
        }
        state.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
