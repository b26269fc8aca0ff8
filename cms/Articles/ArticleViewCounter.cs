using System.Collections.Concurrent;

namespace Knowledge.Cms.Articles;

/// <summary>Counts article views in memory; <see cref="ContentMaintenanceService"/> writes them in batches (no write per request).</summary>
public sealed class ArticleViewCounter
{
    private ConcurrentDictionary<(int ItemId, string Locale, DateOnly Day), int> pending = new();

    public void Record(int itemId, string locale, DateTime at) =>
        pending.AddOrUpdate((itemId, locale, DateOnly.FromDateTime(at)), 1, (_, n) => n + 1);

    /// <summary>Takes everything counted so far.</summary>
    internal IReadOnlyDictionary<(int ItemId, string Locale, DateOnly Day), int> Drain() =>
        Interlocked.Exchange(ref pending, new ConcurrentDictionary<(int, string, DateOnly), int>());

    /// <summary>Puts counts back when a flush failed, so no view is lost.</summary>
    internal void Restore(IReadOnlyDictionary<(int ItemId, string Locale, DateOnly Day), int> counts)
    {
        foreach (var (key, value) in counts) pending.AddOrUpdate(key, value, (_, n) => n + value);
    }
}
