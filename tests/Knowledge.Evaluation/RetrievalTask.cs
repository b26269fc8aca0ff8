using System.Globalization;
using System.Text.Json;
using Knowledge.Cms.Common;

namespace Knowledge.Evaluation;

/// <summary>
/// <c>retrieval --corpus FILE --queries FILE [--locale xx]</c>: indexes the corpus as articles through the product's
/// search engine and analyzers, runs each query through <c>SearchService</c> (the API's path) and reports MRR@10,
/// nDCG@10 (binary relevance), recall@1/@10 and latency percentiles.
/// </summary>
internal sealed class RetrievalTask : IEvaluationTask
{
    public string Name => "retrieval";

    public string Usage => "--corpus FILE --queries FILE [--locale xx]   (JSONL: {id,title,text} and {id,text,relevant:[ids]})";

    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var corpusPath = arguments.ExistingFile("corpus");
        var queriesPath = arguments.ExistingFile("queries");
        var locale = arguments.Optional("locale") ?? GuessLocale(corpusPath);
        if (!Locales.TryNormalize(locale, out locale)) throw new EvaluationException($"--locale: '{arguments.Optional("locale")}' is not a locale code.");
        var corpus = ReadJsonLines(corpusPath).Select(e => (Id: e.GetProperty("id").GetString()!,
            Title: Clean(e.TryGetProperty("title", out var t) ? t.GetString() : null), Text: Clean(e.GetProperty("text").GetString()))).ToList();
        var queries = ReadJsonLines(queriesPath).Select(e => (Text: Clean(e.GetProperty("text").GetString()),
            Relevant: e.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToHashSet())).Where(q => q.Text.Length > 0).ToList();
        log.WriteLine($"# {corpus.Count} documents, {queries.Count} queries, locale {locale}");

        await using var harness = await SearchHarness.StartAsync(cancellationToken);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var ids = await harness.LoadAsync(corpus, locale, cancellationToken);
        log.WriteLine($"# indexed in {watch.Elapsed.TotalSeconds:F1} s");

        for (var i = 0; i < Math.Min(20, queries.Count); i++) await harness.SearchAsync(queries[i].Text, locale, 10, cancellationToken); // warm-up
        double mrr = 0, ndcg = 0, r1 = 0, r10 = 0;
        var latencies = new List<double>(queries.Count);
        foreach (var (text, relevant) in queries)
        {
            var (items, ms) = await harness.SearchAsync(text.Length > 500 ? text[..500] : text, locale, 10, cancellationToken);
            latencies.Add(ms);
            var ranked = items.Select(id => ids[id]).ToList();
            var first = ranked.FindIndex(relevant.Contains);
            if (first >= 0) mrr += 1.0 / (first + 1);
            if (first == 0) r1 += 1;
            r10 += (double)ranked.Count(relevant.Contains) / relevant.Count;
            var dcg = ranked.Select((d, i) => relevant.Contains(d) ? 1 / Math.Log2(i + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
            ndcg += dcg / ideal;
        }
        latencies.Sort();
        var engine = new List<double>(queries.Count);
        foreach (var (text, _) in queries) engine.Add(await harness.EngineSearchAsync(text.Length > 500 ? text[..500] : text, locale, 10, cancellationToken));
        engine.Sort();
        var n = queries.Count;
        var result = new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["locale"] = locale,
            ["n_docs"] = corpus.Count,
            ["n_queries"] = n,
            ["mrr_at_10"] = Math.Round(mrr / n, 4),
            ["ndcg_at_10"] = Math.Round(ndcg / n, 4),
            ["recall_at_1"] = Math.Round(r1 / n, 4),
            ["recall_at_10"] = Math.Round(r10 / n, 4),
            ["p50_ms"] = Math.Round(Percentile(latencies, 0.50), 2),
            ["p99_ms"] = Math.Round(Percentile(latencies, 0.99), 2),
            ["engine_p50_ms"] = Math.Round(Percentile(engine, 0.50), 2),
            ["engine_p99_ms"] = Math.Round(Percentile(engine, 0.99), 2),
        };
        log.WriteLine($"# MRR@10 {result["mrr_at_10"]}  nDCG@10 {result["ndcg_at_10"]}  R@1 {result["recall_at_1"]}  R@10 {result["recall_at_10"]}");
        return result;
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Clean(string? text) => (text ?? "").Replace("\uFEFF", "", StringComparison.Ordinal).Trim();

    /// <summary><c>xquad-de.corpus…</c> → de; anything else → en.</summary>
    private static string GuessLocale(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("xquad-", StringComparison.Ordinal) && name.Length > 8 ? name.Substring(6, 2) : "en";
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonElement element;
            try
            {
                element = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new EvaluationException($"{path}:{line.ToString(CultureInfo.InvariantCulture)}: not JSON ({ex.Message}).");
            }
            yield return element;
        }
    }
}
