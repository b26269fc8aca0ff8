using GraphQL.DataLoader;

namespace Knowledge.Schema.Infrastructure;

/// <summary>
/// Collects the keys asked for while one level of the query executes and fetches them in one call when the first
/// result is awaited: one SQL command per level, not per row. Values are cached for the rest of the request.
/// (Replaces GraphQL.DataLoader, which is not obtainable here; see docs/decisions.)
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private HashSet<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key)) pending.Add(key);
        return new Result(this, key);
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        var keys = pending;
        pending = [];
        var values = await fetch(keys, cancellationToken);
        foreach (var key in keys) loaded[key] = values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Result(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!owner.loaded.TryGetValue(key, out var value))
            {
                await owner.DispatchAsync(cancellationToken);
                owner.loaded.TryGetValue(key, out value);
            }
            return value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
