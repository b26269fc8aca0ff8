using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Search.Elasticsearch;

/// <summary>
/// The small typed REST client the Elasticsearch engine needs (no .NET Elasticsearch client is obtainable here):
/// index templates, indices, aliases, <c>_bulk</c>, <c>_search</c>, <c>_delete_by_query</c>, <c>_count</c>, cluster health.
/// Authenticates with an API key or basic auth. Every non-success answer becomes an <see cref="ElasticsearchException"/>.
/// </summary>
public sealed class ElasticsearchClient : IDisposable
{
    private readonly HttpClient http;

    public ElasticsearchClient(IOptions<SearchOptions> options) : this(options.Value.Elasticsearch, new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
    }

    /// <param name="handler">The transport; tests pass a recording handler.</param>
    internal ElasticsearchClient(ElasticsearchOptions options, HttpMessageHandler handler)
    {
        http = new HttpClient(handler)
        {
            BaseAddress = new Uri((options.Url ?? "http://localhost:9200").TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        else if (!string.IsNullOrWhiteSpace(options.Username))
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
    }

    public Task PutIndexTemplateAsync(string name, JsonObject template, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"_index_template/{Uri.EscapeDataString(name)}", template, cancellationToken);

    public Task CreateIndexAsync(string index, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, Uri.EscapeDataString(index), new JsonObject(), cancellationToken);

    public Task DeleteIndexAsync(string index, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, Uri.EscapeDataString(index), null, cancellationToken);

    /// <summary>The indices an alias points at (none when the alias does not exist).</summary>
    public async Task<IReadOnlyList<string>> AliasTargetsAsync(string alias, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"_alias/{Uri.EscapeDataString(alias)}");
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return [];
        var body = await ReadAsync(response, cancellationToken);
        return body.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }

    /// <summary>Atomically points <paramref name="alias"/> at <paramref name="index"/> only.</summary>
    public Task SwapAliasAsync(string alias, string index, IReadOnlyList<string> previous, CancellationToken cancellationToken)
    {
        var actions = new JsonArray();
        foreach (var old in previous) actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = alias } });
        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = index, ["alias"] = alias } });
        return SendAsync(HttpMethod.Post, "_aliases", new JsonObject { ["actions"] = actions }, cancellationToken);
    }

    /// <summary>Sends NDJSON bulk lines; fails when any item failed.</summary>
    public async Task BulkAsync(string index, IReadOnlyList<JsonObject> lines, bool refresh, CancellationToken cancellationToken)
    {
        if (lines.Count == 0) return;
        var builder = new StringBuilder();
        foreach (var line in lines) builder.Append(line.ToJsonString()).Append('\n');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Uri.EscapeDataString(index)}/_bulk{(refresh ? "?refresh=wait_for" : "")}")
        {
            Content = new StringContent(builder.ToString(), Encoding.UTF8, "application/x-ndjson"),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        if (body.RootElement.TryGetProperty("errors", out var errors) && errors.GetBoolean())
            throw new ElasticsearchException("A bulk item failed: " + Truncate(body.RootElement.GetRawText()));
    }

    public Task DeleteByQueryAsync(string index, JsonObject query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Uri.EscapeDataString(index)}/_delete_by_query?refresh=true&conflicts=proceed", new JsonObject { ["query"] = query },
            cancellationToken);

    public async Task<JsonDocument> SearchAsync(string index, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"{Uri.EscapeDataString(index)}/_search", body);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<long> CountAsync(string index, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Uri.EscapeDataString(index)}/_count");
        using var response = await http.SendAsync(request, cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        return body.RootElement.GetProperty("count").GetInt64();
    }

    public async Task RefreshAsync(string index, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Post, $"{Uri.EscapeDataString(index)}/_refresh", null, cancellationToken);

    /// <summary><c>green</c>, <c>yellow</c> or <c>red</c>.</summary>
    public async Task<string> ClusterHealthAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "_cluster/health");
        using var response = await http.SendAsync(request, cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        return body.RootElement.GetProperty("status").GetString() ?? "unknown";
    }

    private async Task SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, body);
        using var response = await http.SendAsync(request, cancellationToken);
        (await ReadAsync(response, cancellationToken)).Dispose();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, JsonObject? body) => new(method, path)
    {
        Content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new ElasticsearchException($"Elasticsearch answered {(int)response.StatusCode} for {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {Truncate(text)}");
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] + "…" : text;

    public void Dispose() => http.Dispose();
}

/// <summary>Elasticsearch refused a request or is unreachable in a way the indexer should retry.</summary>
public sealed class ElasticsearchException(string message) : Exception(message);
