using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Infrastructure;

/// <summary>The batch loaders of one request, by name (scoped).</summary>
public sealed class BatchLoaders
{
    private readonly Dictionary<string, object> loaders = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (!loaders.TryGetValue(name, out var loader))
            loaders[name] = loader = new BatchLoader<TKey, TValue>(fetch);
        return (BatchLoader<TKey, TValue>)loader;
    }
}

/// <summary>Resolver helpers for batch loading with a request-scoped service.</summary>
public static class BatchLoadingExtensions
{
    /// <summary>Loads one related row by key through a batch loader fed by <typeparamref name="TService"/>.</summary>
    public static IDataLoaderResult<TValue?> LoadOne<TService, TValue>(this IResolveFieldContext context, string name, int? key,
        Func<TService, IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, TValue>>> fetch)
        where TService : notnull
    {
        if (key is null) return new CompletedResult<TValue?>(default);
        var services = context.RequestServices!;
        var service = services.GetRequiredService<TService>();
        return services.GetRequiredService<BatchLoaders>().Get<int, TValue>(name, (keys, ct) => fetch(service, keys, ct)).Load(key.Value);
    }

    /// <summary>Loads the children of a parent (one-to-many) through a batch loader fed by a lookup.</summary>
    public static IDataLoaderResult<IEnumerable<TValue>> LoadMany<TService, TValue>(this IResolveFieldContext context, string name, int key,
        Func<TService, IReadOnlyCollection<int>, CancellationToken, Task<ILookup<int, TValue>>> fetch)
        where TService : notnull
    {
        var services = context.RequestServices!;
        var service = services.GetRequiredService<TService>();
        var loader = services.GetRequiredService<BatchLoaders>().Get<int, IEnumerable<TValue>>(name, async (keys, ct) =>
        {
            var lookup = await fetch(service, keys, ct);
            return keys.ToDictionary(k => k, k => (IEnumerable<TValue>)lookup[k].ToList());
        });
        return new EmptyWhenMissing<TValue>(loader.Load(key));
    }

    /// <summary>Maps a batched result once it is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class EmptyWhenMissing<TValue>(IDataLoaderResult<IEnumerable<TValue>?> inner) : IDataLoaderResult<IEnumerable<TValue>>
    {
        public async Task<IEnumerable<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            await inner.GetResultAsync(cancellationToken) ?? [];

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class CompletedResult<TValue>(TValue value) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
