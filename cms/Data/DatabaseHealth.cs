using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Data;

/// <summary>Answers the readiness probe: database reachable and no migration pending.</summary>
public sealed class DatabaseHealth
{
    private readonly KnowledgeDbContext db;
    private readonly DatabaseState state;

    internal DatabaseHealth(KnowledgeDbContext db, DatabaseState state)
    {
        this.db = db;
        this.state = state;
    }

    public async Task<(bool Healthy, string Description)> CheckAsync(CancellationToken cancellationToken)
    {
        if (!state.IsReady) return (false, "starting: migrations or seeding still running");
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken)) return (false, "database unreachable");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? (true, "database reachable, migrations applied")
                : (false, $"{pending.Count} migration(s) pending");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return (false, "database unreachable: " + ex.GetType().Name);
        }
    }
}
