using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Search;

/// <summary>Aggregates the query log in SQL: top queries and top zero-result queries of a period (default: last 30 days).</summary>
public sealed class SearchInsightsReader
{
    private const int Top = 20;
    private readonly KnowledgeDbContext db;
    private readonly IClock clock;

    internal SearchInsightsReader(KnowledgeDbContext db, IClock clock)
    {
        this.db = db;
        this.clock = clock;
    }

    public async Task<SearchInsights> GetAsync(DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var end = to ?? clock.UtcNow.AddSeconds(1);
        var start = from ?? end.AddDays(-30);
        if (start > end) throw KnowledgeException.Invalid("from", "must not be after `to`.");
        var period = db.Set<SearchQueryLog>().AsNoTracking().Where(l => l.At >= start && l.At < end && l.Scope == "content");
        var total = await period.CountAsync(cancellationToken);
        var zero = await period.CountAsync(l => l.ResultCount == 0, cancellationToken);
        return new SearchInsights(start, end, total, zero, await TopAsync(period, cancellationToken),
            await TopAsync(period.Where(l => l.ResultCount == 0), cancellationToken));
    }

    private static async Task<IReadOnlyList<QueryCount>> TopAsync(IQueryable<SearchQueryLog> logs, CancellationToken cancellationToken)
    {
        var rows = await logs.GroupBy(l => l.NormalizedText)
            .Select(g => new { Query = g.Key, Count = g.Count(), Average = g.Average(l => (double)l.ResultCount) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Query).Take(Top)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QueryCount(r.Query, r.Count, r.Average)).ToList();
    }
}
