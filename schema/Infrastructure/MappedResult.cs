using GraphQL.DataLoader;

namespace Knowledge.Schema.Infrastructure;

/// <summary>A batch-loaded value mapped to another shape once loaded (null stays null).</summary>
public sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn?> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut?>
    where TIn : class
    where TOut : class
{
    public async Task<TOut?> GetResultAsync(CancellationToken cancellationToken = default) =>
        await inner.GetResultAsync(cancellationToken) is { } value ? map(value) : null;

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
