using System.Diagnostics;
using Knowledge.Cms.Languages;

namespace Knowledge.Evaluation;

/// <summary>The <c>langid</c> task: the product's shipped detector on a TSV of <c>lang&lt;TAB&gt;text</c>; no training.</summary>
internal sealed class LanguageIdentificationTask : IEvaluationTask
{
    private const int TimedPasses = 5;

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
        var predictions = new string[rows.Count];
        var confidences = rows.Select(r => detector.Detect(r.Text).Confidence).ToArray();
        // Untimed passes for about two seconds load the profile and let the JIT finish tiering (a long-running server's
        // steady state); throughput is then the median of the timed passes, on one thread.
        var warmUp = Stopwatch.StartNew();
        do Predict(detector, rows, predictions); while (warmUp.Elapsed < TimeSpan.FromSeconds(2));
        var rates = new List<double>();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var watch = Stopwatch.StartNew();
            Predict(detector, rows, predictions);
            rates.Add(rows.Count / watch.Elapsed.TotalSeconds);
        }
        var textsPerSecond = rates.Order().ElementAt(rates.Count / 2);

        var perLanguage = rows.Select((r, i) => (r.Language, Correct: predictions[i] == r.Language))
            .GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(r => r.Correct ? 1.0 : 0.0), 4));
        var accuracy = rows.Where((r, i) => predictions[i] == r.Language).Count() / (double)rows.Count;
        log.WriteLine($"{Path.GetFileName(path)}: {rows.Count:N0} texts, accuracy {accuracy:F4}, {textsPerSecond:N0} texts/s (median of {TimedPasses} passes after warm-up; single thread)");
        foreach (var (language, value) in perLanguage) log.WriteLine($"  {language}  {value:F4}");
        var confusions = rows.Select((r, i) => (r.Language, Predicted: predictions[i])).Where(p => p.Language != p.Predicted)
            .GroupBy(p => $"{p.Language}->{p.Predicted}").OrderByDescending(g => g.Count()).Take(10);
        var calibrationError = ExpectedCalibrationError(confidences, rows.Select((r, i) => predictions[i] == r.Language).ToArray());
        log.WriteLine($"  mean confidence {confidences.Average():F4}, expected calibration error (10 bins) {calibrationError:F4}");
        log.WriteLine("  most frequent confusions: " + string.Join(", ", confusions.Select(g => $"{g.Key} {g.Count()}")));
        return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["n_test"] = rows.Count,
            ["accuracy"] = Math.Round(accuracy, 4),
            ["per_language"] = perLanguage,
            ["texts_per_second"] = Math.Round(textsPerSecond),
            ["mean_confidence"] = Math.Round(confidences.Average(), 4),
            ["expected_calibration_error"] = Math.Round(calibrationError, 4),
        });
    }

    private static void Predict(LanguageDetector detector, List<(string Language, string Text)> rows, string[] predictions)
    {
        for (var i = 0; i < rows.Count; i++) predictions[i] = detector.Detect(rows[i].Text).Language;
    }

    // Confidence bins of width 0.1: the gap between mean confidence and accuracy per bin, weighted by the bin's size.
    private static double ExpectedCalibrationError(double[] confidences, bool[] correct)
    {
        var error = 0.0;
        foreach (var bin in confidences.Select((c, i) => (Bin: Math.Min(9, (int)(c * 10)), Confidence: c, Correct: correct[i])).GroupBy(x => x.Bin))
            error += Math.Abs(bin.Average(x => x.Confidence) - bin.Average(x => x.Correct ? 1.0 : 0.0)) * bin.Count() / confidences.Length;
        return error;
    }
}
