namespace Knowledge.Cms.Search;

/// <summary>
/// A search engine holding <see cref="SearchDocument"/>s. Thin on purpose: the engines (Lucene, Elasticsearch) differ
/// only here; validation, visibility, synonyms and hydration live in <see cref="SearchService"/>. The index is never the
/// source of truth: every hit is re-read from the database before it is shown.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Name of the engine, e.g. <c>Lucene</c>.</summary>
    string Provider { get; }

    /// <summary>Creates the index (and its mappings or directory) when it does not exist yet.</summary>
    Task EnsureCreatedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every document of each given entity with its new documents (none = the entity is removed). Durable when
    /// the task completes, so the caller may then mark its outbox rows processed.
    /// </summary>
    Task ReplaceAsync(IReadOnlyList<EntityDocuments> entities, CancellationToken cancellationToken);

    /// <summary>Runs one query; visibility, filters and paging are all applied inside the engine.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a fresh index from <paramref name="batches"/> and swaps it in atomically: searches keep using the old
    /// index until the swap, and changes that arrive during the rebuild are applied to both.
    /// </summary>
    Task<int> RebuildAsync(IAsyncEnumerable<IReadOnlyList<EntityDocuments>> batches, CancellationToken cancellationToken);

    /// <summary>Number of documents (all types, all locales).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Whether the engine answers; never throws.</summary>
    Task<SearchHealth> HealthAsync(CancellationToken cancellationToken);
}
