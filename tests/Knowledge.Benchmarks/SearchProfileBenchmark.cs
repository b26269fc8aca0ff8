using System.Diagnostics;
using System.Globalization;
using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Benchmarks;

/// <summary>
/// <c>search-profile [--docs 100000] [--queries 1000] [--index DIR]</c>: where one query's time goes on the generated
/// corpus of the <c>search</c> benchmark (same documents, same queries, same caller): clauses per query, the cost of
/// building the query, of the engine with and without facets and highlights, and the slowest 1% with their terms'
/// document frequencies. <c>--index DIR</c> keeps the index between runs (it is built once when DIR is empty).
/// </summary>
internal sealed class SearchProfileBenchmark : IBenchmark
{
    public string Name => "search-profile";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var size = int.Parse(Stats.Option(args, "docs", "100000"), CultureInfo.InvariantCulture);
        var queryCount = int.Parse(Stats.Option(args, "queries", "1000"), CultureInfo.InvariantCulture);
        var keep = Stats.Option(args, "index", "");
        var root = keep.Length > 0 ? keep : Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));
        var generator = new SearchCorpusGenerator();
        output.WriteLine($"# search-profile on {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        try
        {
            using var index = new LuceneSearchIndex(root, SearchBenchmark.Engine(args), NullLogger<LuceneSearchIndex>.Instance);
            await index.EnsureCreatedAsync(CancellationToken.None);
            if (await index.CountAsync(CancellationToken.None) != size)
            {
                foreach (var batch in generator.Documents(size).Chunk(1000)) await index.ReplaceAsync(batch, CancellationToken.None);
            }
            var random = new Random(3);
            var queries = Enumerable.Range(0, queryCount).Select(_ => generator.Words(random, random.Next(1, 5))).ToList();
            var generation = System.IO.Directory.GetDirectories(root).Single();
            using var directory = FSDirectory.Open(generation);
            using var reader = DirectoryReader.Open(directory);
            output.WriteLine($"# {reader.NumDocs:N0} documents in {reader.Leaves.Count} segments");
            using var analyzers = new LuceneAnalyzers();
            var builder = new LuceneQueryBuilder(analyzers, new SearchOptions());
            var rows = new List<Row>();
            foreach (var text in queries.Take(100)) await index.SearchAsync(Query(text, true, true), CancellationToken.None);
            foreach (var text in args.Contains("--dump-only") ? [] : queries)
            {
                var query = Query(text, true, true);
                var watch = Stopwatch.StartNew();
                var built = builder.Build(query, reader);
                var buildMs = watch.Elapsed.TotalMilliseconds;
                var terms = new HashSet<Term>();
                if (built is not null) new IndexSearcher(reader).Rewrite(built).ExtractTerms(terms);
                var lean = await TimeAsync(index, Query(text, false, false));
                var facets = await TimeAsync(index, Query(text, true, false));
                var full = await TimeAsync(index, query);
                var result = await index.SearchAsync(query, CancellationToken.None);
                var frequencies = LuceneAnalyzers.Analyze(analyzers.For("en"), SearchDocumentFields.Body("en"), text).Select(t => t.Term).Distinct()
                    .Select(t => reader.DocFreq(new Term(SearchDocumentFields.Body("en"), t))).ToList();
                rows.Add(new Row(text, terms.Count, buildMs, lean, facets, full, result.TotalCount, frequencies));
            }
            if (!args.Contains("--dump-only")) Summarise(output, rows);
            if (Stats.Option(args, "dump", "") is { Length: > 0 } dump)
            {
                // Ranking fingerprint per query (total, ids, scores, facets) to check a speed change kept every result.
                var lines = new List<string>();
                foreach (var text in queries)
                {
                    var r = await index.SearchAsync(Query(text, true, true), CancellationToken.None);
                    lines.Add(FormattableString.Invariant($"{text}\t{r.TotalCount}\t{string.Join(' ', r.Hits.Select(h => $"{h.DocumentId}:{h.Score:R}"))}\t{string.Join(' ', r.Facets.SelectMany(f => f.Values.Select(v => $"{f.Field}={v.Value}:{v.Count}")))}\t{string.Join(" | ", r.Hits.SelectMany(h => h.Highlights))}"));
                }
                await File.WriteAllLinesAsync(dump, lines);
            }
        }
        finally
        {
            if (keep.Length == 0)
            {
                try
                {
                    System.IO.Directory.Delete(root, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static SearchQuery Query(string text, bool facets, bool highlights) => new()
    {
        Text = text, Locale = "en", Audiences = ["PUBLIC"], PublishedOnly = true, Limit = 10, WithFacets = facets, WithHighlights = highlights,
    };

    /// <summary>Best of three, so the breakdown is not the scheduler's.</summary>
    private static async Task<double> TimeAsync(LuceneSearchIndex index, SearchQuery query)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await index.SearchAsync(query, CancellationToken.None);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static void Summarise(TextWriter output, List<Row> rows)
    {
        output.WriteLine("| words | queries | terms in query (mean) | matches (mean) | build ms | lean ms p50/p99 | +facets ms p50/p99 | full ms p50/p99 |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Text.Split(' ').Length).OrderBy(g => g.Key).Append(rows.GroupBy(_ => 0).Single()))
        {
            var g = group.ToList();
            output.WriteLine(FormattableString.Invariant(
                $"| {(group.Key == 0 ? "all" : group.Key.ToString(CultureInfo.InvariantCulture))} | {g.Count} | {g.Average(r => r.Terms):F1} | {g.Average(r => r.Matches):F0} | {Stats.Median(g.Select(r => r.BuildMs).ToList()):F3} | {P(g, r => r.Lean)} | {P(g, r => r.Facets)} | {P(g, r => r.Full)} |"));
        }
        output.WriteLine("# slowest 1% (full): text | terms | matches | body docFreq per word | lean / +facets / full ms");
        foreach (var r in rows.OrderByDescending(r => r.Full).Take(Math.Max(1, rows.Count / 100)))
            output.WriteLine(FormattableString.Invariant($"#   {r.Text} | {r.Terms} | {r.Matches} | {string.Join(",", r.Frequencies)} | {r.Lean:F2} / {r.Facets:F2} / {r.Full:F2}"));
    }

    private static string P(List<Row> rows, Func<Row, double> value)
    {
        var values = rows.Select(value).ToList();
        return FormattableString.Invariant($"{Stats.Percentile(values, 50):F2} / {Stats.Percentile(values, 99):F2}");
    }

    private sealed record Row(string Text, int Terms, double BuildMs, double Lean, double Facets, double Full, long Matches, List<int> Frequencies);
}
