using System.Diagnostics;
using Knowledge.Cms.Languages;

namespace Knowledge.Evaluation;

/// <summary>The <c>langid</c> task: the product's shipped detector on a TSV of <c>lang&lt;TAB&gt;text</c>; no training.</summary>
internal sealed class LanguageIdentificationTask : IEvaluationTask
{
    public string Name => "langid";

    public string Usage => "--test FILE (TSV lang<TAB>text)";

    public Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var path = arguments.ExistingFile("test");
        var rows = new List<(string Language, string Text)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new EvaluationException($"{path}:{lineNumber}: expected 'lang<TAB>text'.");
            rows.Add((line[..tab].Trim(), line[(tab + 1)..]));
        }
        if (rows.Count == 0) throw new EvaluationException($"{path}: no rows.");

        var detector = new LanguageDetector();
        detector.Detect("warm-up: load the profile before timing"); // the profile loads once per process
        var predictions = new string[rows.Count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rows.Count; i++) predictions[i] = detector.Detect(rows[i].Text).Language;
        var seconds = watch.Elapsed.TotalSeconds;

        var perLanguage = rows.Select((r, i) => (r.Language, Correct: predictions[i] == r.Language))
            .GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(r => r.Correct ? 1.0 : 0.0), 4));
        var accuracy = rows.Where((r, i) => predictions[i] == r.Language).Count() / (double)rows.Count;
        log.WriteLine($"{Path.GetFileName(path)}: {rows.Count:N0} texts, accuracy {accuracy:F4}, {rows.Count / seconds:N0} texts/s");
        foreach (var (language, value) in perLanguage) log.WriteLine($"  {language}  {value:F4}");
        var confusions = rows.Select((r, i) => (r.Language, Predicted: predictions[i])).Where(p => p.Language != p.Predicted)
            .GroupBy(p => $"{p.Language}->{p.Predicted}").OrderByDescending(g => g.Count()).Take(10);
        log.WriteLine("  most frequent confusions: " + string.Join(", ", confusions.Select(g => $"{g.Key} {g.Count()}")));
        return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["n_test"] = rows.Count,
            ["accuracy"] = Math.Round(accuracy, 4),
            ["per_language"] = perLanguage,
            ["texts_per_second"] = Math.Round(rows.Count / seconds),
        });
    }
}
