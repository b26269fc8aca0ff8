using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Common;

/// <summary>Optimistic concurrency for entities with a <c>Version</c>: explicit expectations and racing writers.</summary>
internal static class ConcurrencyCheck
{
    public static void Expect(int actual, int? expected, string what)
    {
        if (expected is { } e && e != actual)
            throw StaleWrite(what, actual);
    }

    public static async Task SaveWithConcurrencyAsync(this KnowledgeDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.FirstOrDefault();
            var current = entry is null ? null : await entry.GetDatabaseValuesAsync(cancellationToken);
            throw StaleWrite(what, current?["Version"] as int?);
        }
    }

    private static KnowledgeException StaleWrite(string what, int? current)
    {
        var error = KnowledgeException.Conflict($"{what} was changed by someone else (current version {current?.ToString() ?? "unknown"}); reload and retry.");
        error.Details["currentVersion"] = current;
        return error;
    }
}
