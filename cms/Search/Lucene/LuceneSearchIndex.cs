using Knowledge.Cms.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LockObtainFailedException = Lucene.Net.Store.LockObtainFailedException;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// The embedded engine: an index under <c>{data}/search/lucene/{generation}</c>, one <see cref="IndexWriter"/> (writes
/// are serialised), near-real-time searchers from a <see cref="SearcherManager"/>. A rebuild writes a new generation
/// and swaps the <c>CURRENT</c> pointer; searches hold a read lock only for the instant of the swap.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private readonly LuceneIndexRoot root;
    private readonly SearchOptions options;
    private readonly ILogger<LuceneSearchIndex> logger;
    private readonly LuceneAnalyzers analyzers = new();
    private readonly Similarity similarity;
    private readonly LuceneQueryExecutor executor;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly System.Threading.Lock openLock = new();
    private readonly ReaderWriterLockSlim swapLock = new();
    private LuceneGeneration? current;
    private PendingRebuild<LuceneGeneration>? rebuilding;
    private bool disposed;

    public LuceneSearchIndex(DataDirectory data, IOptions<SearchOptions> options, ILogger<LuceneSearchIndex> logger)
        : this(Path.Combine(data.Path, "search", "lucene"), options.Value, logger)
    {
    }

    internal LuceneSearchIndex(string root, SearchOptions options, ILogger<LuceneSearchIndex> logger)
    {
        this.root = new LuceneIndexRoot(root, logger);
        this.options = options;
        this.logger = logger;
        similarity = new BM25Similarity(options.K1, options.B);
        executor = new LuceneQueryExecutor(new LuceneQueryBuilder(analyzers, options), analyzers, options);
    }

    public string Provider => "Lucene";

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Current();
        return Task.CompletedTask;
    }

    public async Task ReplaceAsync(IReadOnlyList<EntityDocuments> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0) return;
        var generation = Current();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            Apply(generation.Writer, entities);
            generation.Writer.Commit();
            if (rebuilding is not null)
            {
                Apply(rebuilding.Target.Writer, entities);
                rebuilding.RecordLiveWrite(entities);
            }
            generation.Manager.MaybeRefreshBlocking();
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        swapLock.EnterReadLock();
        try
        {
            return Task.FromResult(Current().Read(searcher => executor.Search(searcher, query)));
        }
        finally
        {
            swapLock.ExitReadLock();
        }
    }

    public async Task<int> RebuildAsync(IAsyncEnumerable<IReadOnlyList<EntityDocuments>> batches, CancellationToken cancellationToken)
    {
        var name = LuceneIndexRoot.NewGenerationName();
        var pending = new PendingRebuild<LuceneGeneration>(LuceneGeneration.Open(root.Path, name, analyzers, similarity));
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            rebuilding = pending;
        }
        finally
        {
            writeGate.Release();
        }
        var count = 0;
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
            {
                await writeGate.WaitAsync(cancellationToken);
                try
                {
                    var fresh = pending.Fresh(batch);
                    Apply(pending.Target.Writer, fresh);
                    count += fresh.Sum(e => e.Documents.Count);
                }
                finally
                {
                    writeGate.Release();
                }
            }
            await writeGate.WaitAsync(cancellationToken);
            try
            {
                pending.Target.Writer.Commit();
                pending.Target.Manager.MaybeRefreshBlocking();
                LuceneGeneration old;
                swapLock.EnterWriteLock();
                try
                {
                    old = Current();
                    current = pending.Target;
                    root.PointTo(name);
                }
                finally
                {
                    swapLock.ExitWriteLock();
                }
                rebuilding = null;
                old.Dispose();
                root.Delete(old.Path);
            }
            finally
            {
                writeGate.Release();
            }
            logger.LogInformation("Search index rebuilt into {Generation} with {Count} documents", name, count);
            return count;
        }
        catch
        {
            await writeGate.WaitAsync(CancellationToken.None);
            try
            {
                // Only while it is still the pending rebuild: once swapped in it is the live index.
                if (ReferenceEquals(rebuilding, pending))
                {
                    rebuilding = null;
                    pending.Target.Dispose();
                    root.Delete(pending.Target.Path);
                }
            }
            finally
            {
                writeGate.Release();
            }
            throw;
        }
    }

    /// <summary>
    /// Waits for the writer's background segment merges and makes their result searchable: a server's steady state some
    /// seconds after a bulk load (benchmarks measure queries there, not against merges still running).
    /// </summary>
    internal void WaitForMerges()
    {
        var generation = Current();
        generation.Writer.WaitForMerges();
        generation.Manager.MaybeRefreshBlocking();
    }

    /// <summary>Segments the current searcher reads (a benchmark figure).</summary>
    internal int SegmentCount() => Current().Read(searcher => searcher.IndexReader.Leaves.Count);

    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        swapLock.EnterReadLock();
        try
        {
            return Task.FromResult((long)Current().Read(searcher => searcher.IndexReader.NumDocs));
        }
        finally
        {
            swapLock.ExitReadLock();
        }
    }

    public async Task<SearchHealth> HealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new SearchHealth(Provider, true, await CountAsync(cancellationToken), Current().Name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LockObtainFailedException or ObjectDisposedException)
        {
            return new SearchHealth(Provider, false, 0, ex.Message);
        }
    }

    private static void Apply(IndexWriter writer, IReadOnlyList<EntityDocuments> entities)
    {
        foreach (var entity in entities)
        {
            writer.DeleteDocuments(new Term(F.Entity, entity.EntityKey));
            foreach (var document in entity.Documents) writer.AddDocument(LuceneDocumentMapper.ToLucene(document));
        }
    }

    private LuceneGeneration Current()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (Volatile.Read(ref current) is { } open) return open;
        lock (openLock)
        {
            if (current is not null) return current;
            current = LuceneGeneration.Open(root.Path, root.OpenCurrentName(), analyzers, similarity);
            return current;
        }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        rebuilding?.Target.Dispose();
        current?.Dispose();
        analyzers.Dispose();
        swapLock.Dispose();
        writeGate.Dispose();
    }
}
