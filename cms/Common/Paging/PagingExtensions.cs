using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Common.Paging;

public static class PagingExtensions
{
    /// <summary>Counts, then reads one slice: two SQL commands whatever the page.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var (start, end) = request.Slice(total);
        var items = end > start
            ? await ordered.Skip(start).Take(end - start).ToListAsync(cancellationToken)
            : [];
        return new Page<T>(items, total, start);
    }

    /// <summary>The same slicing for a list already in memory.</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> ordered, PageRequest request)
    {
        var (start, end) = request.Slice(ordered.Count);
        return new Page<T>(ordered.Skip(start).Take(end - start).ToList(), ordered.Count, start);
    }
}
