using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Knowledge.Benchmarks;

/// <summary>
/// Latency of the help center's article query through the full HTTP stack (Kestrel on loopback, JSON, GraphQL,
/// database, render cache warm), with `{ viewer { kind } }` measured in the same run as the floor of the stack.
/// </summary>
internal sealed class ArticleLatencyBenchmark : IBenchmark
{
    private const string ArticleQuery = "{ article(slug: \"reset-your-password\", locale: \"de\") { title resolvedLocale isFallback html toc { title anchor level } } }";
    private const string FloorQuery = "{ viewer { kind } }";

    public string Name => "article-latency";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var requests = int.Parse(Stats.Option(args, "requests", "2000"));
        using var host = new BenchmarkHost();
        using var http = new HttpClient { BaseAddress = host.Address };
        var article = await MeasureAsync(http, ArticleQuery, requests);
        var floor = await MeasureAsync(http, FloorQuery, requests);
        output.WriteLine($"article(slug, locale) html+toc: p50 {article.P50:F2} ms, p99 {article.P99:F2} ms over {requests} sequential requests");
        output.WriteLine($"viewer (stack floor):           p50 {floor.P50:F2} ms, p99 {floor.P99:F2} ms");
        output.WriteLine(JsonSerializer.Serialize(new { benchmark = Name, requests, articleP50 = article.P50, articleP99 = article.P99, floorP50 = floor.P50, floorP99 = floor.P99 }));
    }

    private static async Task<(double P50, double P99)> MeasureAsync(HttpClient http, string query, int requests)
    {
        for (var i = 0; i < 200; i++) await SendAsync(http, query);
        var samples = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await SendAsync(http, query);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (Stats.Percentile(samples, 50), Stats.Percentile(samples, 99));
    }

    private static async Task SendAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }
}
