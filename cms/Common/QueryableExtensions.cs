using System.Linq.Expressions;

namespace Knowledge.Cms.Common;

public static class QueryableExtensions
{
    /// <summary>OrderBy for the first key, ThenBy for the following ones, in the given direction.</summary>
    public static IOrderedQueryable<T> SortBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, SortDirection direction, bool isFirst)
    {
        if (isFirst || query is not IOrderedQueryable<T> ordered)
            return direction == SortDirection.Asc ? query.OrderBy(key) : query.OrderByDescending(key);
        return direction == SortDirection.Asc ? ordered.ThenBy(key) : ordered.ThenByDescending(key);
    }

    public static IQueryable<T> WhereIf<T>(this IQueryable<T> query, bool condition, Expression<Func<T, bool>> predicate) =>
        condition ? query.Where(predicate) : query;

    /// <summary>Loads rows by id in one command and returns them keyed by id (missing ids are absent).</summary>
    public static async Task<IReadOnlyDictionary<int, T>> ByIdsAsync<T>(this IQueryable<T> query, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where T : IEntity
    {
        if (ids.Count == 0) return new Dictionary<int, T>();
        var list = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Where(e => ids.Contains(e.Id)), cancellationToken);
        return list.ToDictionary(e => e.Id);
    }
}
