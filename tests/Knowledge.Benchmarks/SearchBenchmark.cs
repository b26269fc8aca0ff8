using System.Diagnostics;
using System.Globalization;
using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Benchmarks;

/// <summary>
/// <c>search [--docs 10000,100000] [--queries 1000] [--concurrent-min N] [--breakdown]</c>: in-process Lucene engine with generated articles — indexing
/// throughput (documents/s, durable commits every 1,000), index size on disk, and query latency p50/p99 for the full
/// engine query (filters, facets over every match, highlights) as an anonymous caller.
/// </summary>
internal sealed class SearchBenchmark : IBenchmark
{
    public string Name => "search";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var sizes = Option(args, "--docs", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var queryCount = int.Parse(Option(args, "--queries", "1000"), CultureInfo.InvariantCulture);
        var generator = new SearchCorpusGenerator();
        output.WriteLine($"# search benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        output.WriteLine($"# load average at start: {LoadAverage()}; concurrent segment search from {Engine(args).ConcurrentSearchMinDocuments:N0} documents (0 = off)");
        output.WriteLine("| documents | index docs/s | index size MB | p50 ms | p99 ms | CPU ms/query | p50 ms (no facets/highlights) | p99 ms (no facets/highlights) | CPU ms/query (no facets/highlights) |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));
            try
            {
                using var index = new LuceneSearchIndex(root, Engine(args), NullLogger<LuceneSearchIndex>.Instance);
                await index.EnsureCreatedAsync(CancellationToken.None);
                var watch = Stopwatch.StartNew();
                foreach (var batch in generator.Documents(size).Chunk(1000)) await index.ReplaceAsync(batch, CancellationToken.None);
                var perSecond = size / watch.Elapsed.TotalSeconds;
                // Queries are measured once the background merges of the bulk load are done (not competing with them).
                index.WaitForMerges();
                var segments = index.SegmentCount();
                var megabytes = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;
                var random = new Random(3);
                var queries = Enumerable.Range(0, queryCount).Select(_ => generator.Words(random, random.Next(1, 5))).ToList();
                var full = await MeasureAsync(index, queries, true, true);
                var lean = await MeasureAsync(index, queries, false, false);
                if (args.Contains("--breakdown"))
                {
                    var facetsOnly = await MeasureAsync(index, queries, true, false);
                    var highlightsOnly = await MeasureAsync(index, queries, false, true);
                    output.WriteLine(FormattableString.Invariant($"# CPU ms/query: facets only {facetsOnly.Cpu:F2}, highlights only {highlightsOnly.Cpu:F2}"));
                }
                output.WriteLine($"# {size:N0} documents: {segments} segments after indexing");
                output.WriteLine(FormattableString.Invariant(
                    $"| {size:N0} | {perSecond:F0} | {megabytes:F1} | {full.P50:F2} | {full.P99:F2} | {full.Cpu:F2} | {lean.P50:F2} | {lean.P99:F2} | {lean.Cpu:F2} |"));
            }
            finally
            {
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>The shipped engine settings; <c>--concurrent-min 0</c> measures without concurrent segment search.</summary>
    internal static SearchOptions Engine(string[] args)
    {
        var engine = new SearchOptions();
        var i = Array.IndexOf(args, "--concurrent-min");
        if (i >= 0 && i + 1 < args.Length) engine.ConcurrentSearchMinDocuments = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        return engine;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    /// <summary>Wall-clock percentiles, and the process CPU time per query: on a shared machine the latter is what the query costs.</summary>
    private static readonly SearchCorpusGenerator Generator = new();

    private static async Task<(double P50, double P99, double Cpu)> MeasureAsync(LuceneSearchIndex index, List<string> queries, bool facets, bool highlights)
    {
        SearchQuery Query(string text) => new()
        {
            Text = text, Locale = "en", Audiences = ["PUBLIC"], PublishedOnly = true, Limit = 10, WithFacets = facets, WithHighlights = highlights,
        };
        // Warm-up on other queries of the same mix: the JIT's tiering settles (it takes some hundreds of calls) without
        // the measured queries having run before.
        var warm = new Random(99);
        for (var i = 0; i < 300; i++) await index.SearchAsync(Query(Generator.Words(warm, warm.Next(1, 5))), CancellationToken.None);
        var times = new List<double>(queries.Count);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var text in queries)
        {
            var watch = Stopwatch.StartNew();
            await index.SearchAsync(Query(text), CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuPerQuery = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries.Count;
        times.Sort();
        return (times[(int)(times.Count * 0.5)], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)], cpuPerQuery);
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
