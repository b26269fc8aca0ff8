namespace Knowledge.Cms.Search;

/// <summary>The <c>Search</c> section: engine, relevance knobs and the outbox indexer.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchProvider Provider { get; set; } = SearchProvider.Lucene;

    /// <summary>BM25 term-frequency saturation (tuned on StackFAQ + XQuAD dev: see docs/benchmarks.md).</summary>
    public float K1 { get; set; } = 1.0f;

    /// <summary>BM25 length normalisation (0 = none, 1 = full); 0.5 keeps long articles from being over-penalised.</summary>
    public float B { get; set; } = 0.5f;

    public float TitleBoost { get; set; } = 2.0f;

    public float PhrasingsBoost { get; set; } = 1.5f;

    /// <summary>Weight of synonym expansions relative to the query as typed.</summary>
    public float ExpansionBoost { get; set; } = 0.6f;

    /// <summary>Weight of typo-tolerant (fuzzy) matches for terms of at least 5 characters.</summary>
    public float FuzzyBoost { get; set; } = 0.2f;

    /// <summary>
    /// Lucene: an index of at least this many documents is searched in two halves (by segment) at once, like
    /// Elasticsearch's concurrent segment search. 0 (the default) turns it off: on the 2 shared cores it was measured on
    /// it cost more CPU per query and did not shorten the p99 (docs/benchmarks.md); with idle cores to spare it shortens
    /// a single heavy query.
    /// </summary>
    public int ConcurrentSearchMinDocuments { get; set; }

    /// <summary>Longest accepted query text; longer queries are refused with a VALIDATION error.</summary>
    public int MaxQueryLength { get; set; } = 500;

    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    public SearchIndexerOptions Indexer { get; set; } = new();
}

/// <summary>Which engine holds the index.</summary>
public enum SearchProvider
{
    Lucene,
    Elasticsearch,
}

/// <summary><c>Search:Elasticsearch</c>: where the cluster is and how to authenticate.</summary>
public sealed class ElasticsearchOptions
{
    public string? Url { get; set; }
    /// <summary>Sent as <c>Authorization: ApiKey …</c> (the base64 id:key form Elasticsearch issues).</summary>
    public string? ApiKey { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>Indices are <c>{prefix}-{timestamp}</c> behind the alias <c>{prefix}</c>.</summary>
    public string IndexPrefix { get; set; } = "knowledge";
    public int TimeoutSeconds { get; set; } = 10;
}

/// <summary><c>Search:Indexer</c>: the background service that drains the outbox.</summary>
public sealed class SearchIndexerOptions
{
    /// <summary>Off: outbox rows accumulate (they are indexed once it is on again).</summary>
    public bool Enabled { get; set; } = true;
    public int PollIntervalMilliseconds { get; set; } = 1000;
    public int BatchSize { get; set; } = 100;
    /// <summary>Backoff after a failure: base × 2^attempts, capped.</summary>
    public int RetryBaseSeconds { get; set; } = 2;
    public int RetryMaxSeconds { get; set; } = 300;
}
