using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Elasticsearch;

/// <summary>
/// The scale-out engine: indices <c>{prefix}-{timestamp}</c> created from one index template, searched and written
/// through the alias <c>{prefix}</c>. A rebuild fills a new index and swaps the alias atomically, then drops the old
/// index; changes arriving meanwhile are written to both.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly ElasticsearchClient client;
    private readonly SearchOptions options;
    private readonly string alias;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private PendingRebuild<string>? rebuilding;

    public ElasticsearchSearchIndex(ElasticsearchClient client, IOptions<SearchOptions> options)
    {
        this.client = client;
        this.options = options.Value;
        alias = this.options.Elasticsearch.IndexPrefix;
    }

    public string Provider => "Elasticsearch";

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await client.PutIndexTemplateAsync(alias, ElasticsearchMappings.IndexTemplate(alias, options), cancellationToken);
        if ((await client.AliasTargetsAsync(alias, cancellationToken)).Count > 0) return;
        var index = NewIndexName();
        await client.CreateIndexAsync(index, cancellationToken);
        await client.SwapAliasAsync(alias, index, [], cancellationToken);
    }

    public async Task ReplaceAsync(IReadOnlyList<EntityDocuments> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0) return;
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync(alias, entities, refresh: true, cancellationToken);
            if (rebuilding is not null)
            {
                await WriteAsync(rebuilding.Target, entities, refresh: false, cancellationToken);
                rebuilding.RecordLiveWrite(entities);
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async Task WriteAsync(string index, IReadOnlyList<EntityDocuments> entities, bool refresh, CancellationToken cancellationToken)
    {
        var lines = new List<JsonObject>();
        foreach (var document in entities.SelectMany(e => e.Documents))
        {
            lines.Add(new JsonObject { ["index"] = new JsonObject { ["_id"] = document.Id } });
            lines.Add(ElasticsearchMappings.Document(document));
        }
        await client.BulkAsync(index, lines, refresh, cancellationToken);
        // Documents of these entities that no longer exist (a variant archived, the item deleted).
        var keep = new JsonArray(entities.SelectMany(e => e.Documents).Select(d => (JsonNode?)JsonValue.Create(d.Id)).ToArray());
        await client.DeleteByQueryAsync(index, new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonObject
                {
                    ["terms"] = new JsonObject { [F.Entity] = new JsonArray(entities.Select(e => (JsonNode?)JsonValue.Create(e.EntityKey)).ToArray()) },
                },
                ["must_not"] = new JsonObject { ["ids"] = new JsonObject { ["values"] = keep } },
            },
        }, cancellationToken);
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        using var response = await client.SearchAsync(alias, ElasticsearchQueries.Search(query, options), cancellationToken);
        return Parse(response.RootElement, query);
    }

    internal static SearchResult Parse(JsonElement root, SearchQuery query)
    {
        var hitsElement = root.GetProperty("hits");
        var total = hitsElement.GetProperty("total").GetProperty("value").GetInt64();
        var hits = new List<SearchHit>();
        foreach (var hit in hitsElement.GetProperty("hits").EnumerateArray())
        {
            var source = hit.GetProperty("_source");
            var highlights = new List<string>();
            if (hit.TryGetProperty("highlight", out var highlight))
            {
                foreach (var field in highlight.EnumerateObject().OrderBy(f => f.Name.StartsWith("title_", StringComparison.Ordinal) ? 0 : 1))
                    highlights.AddRange(field.Value.EnumerateArray().Select(v => v.GetString()!).Take(1));
            }
            hits.Add(new SearchHit(source.GetProperty(F.Id).GetString()!, source.GetProperty(F.EntityId).GetInt32(),
                source.GetProperty(F.Locale).GetString()!, hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetSingle() : 0f,
                highlights));
        }
        var facets = new List<SearchFacet>();
        if (root.TryGetProperty("aggregations", out var aggregations))
        {
            foreach (var field in F.Facets)
            {
                if (!aggregations.TryGetProperty(field, out var agg)) continue;
                facets.Add(new SearchFacet(field, agg.GetProperty("buckets").EnumerateArray()
                    .Select(b => new SearchFacetValue(b.GetProperty("key").ToString(), b.GetProperty("doc_count").GetInt64())).ToList()));
            }
        }
        string? suggestion = null;
        if (total == 0 && query.WithSuggestion && root.TryGetProperty("suggest", out var suggest) && suggest.TryGetProperty("spelling", out var spelling))
        {
            var words = new List<string>();
            var changed = false;
            foreach (var entry in spelling.EnumerateArray())
            {
                var options = entry.GetProperty("options");
                if (options.GetArrayLength() > 0)
                {
                    words.Add(options[0].GetProperty("text").GetString()!);
                    changed = true;
                }
                else words.Add(entry.GetProperty("text").GetString()!.ToLower(CultureInfo.InvariantCulture));
            }
            suggestion = changed ? string.Join(' ', words) : null;
        }
        return new SearchResult(total, hits, facets, suggestion);
    }

    public async Task<int> RebuildAsync(IAsyncEnumerable<IReadOnlyList<EntityDocuments>> batches, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var index = NewIndexName();
        await client.CreateIndexAsync(index, cancellationToken);
        await writeGate.WaitAsync(cancellationToken);
        var pending = new PendingRebuild<string>(index);
        rebuilding = pending;
        writeGate.Release();
        var count = 0;
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
            {
                await writeGate.WaitAsync(cancellationToken);
                try
                {
                    var fresh = pending.Fresh(batch);
                    await WriteAsync(index, fresh, refresh: false, cancellationToken);
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
                await client.RefreshAsync(index, cancellationToken);
                var previous = await client.AliasTargetsAsync(alias, cancellationToken);
                await client.SwapAliasAsync(alias, index, previous, cancellationToken);
                rebuilding = null;
                foreach (var old in previous) await client.DeleteIndexAsync(old, cancellationToken);
            }
            finally
            {
                writeGate.Release();
            }
            return count;
        }
        catch when (ReferenceEquals(rebuilding, pending))
        {
            // Only while the new index is still pending: once the alias points at it, it is the live index.
            rebuilding = null;
            await client.DeleteIndexAsync(index, CancellationToken.None);
            throw;
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) => client.CountAsync(alias, cancellationToken);

    public async Task<SearchHealth> HealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await client.ClusterHealthAsync(cancellationToken);
            return new SearchHealth(Provider, status != "red", await CountAsync(cancellationToken), "cluster " + status);
        }
        catch (Exception ex) when (ex is HttpRequestException or ElasticsearchException or TaskCanceledException or JsonException)
        {
            return new SearchHealth(Provider, false, 0, ex.Message);
        }
    }

    private string NewIndexName() => $"{alias}-{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
}
