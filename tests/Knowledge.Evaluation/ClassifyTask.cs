using System.Diagnostics;
using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Evaluation;

/// <summary>
/// <c>classify</c>: trains the product's triage classifier on a <c>text,label</c> file and measures it on another
/// (or on a stratified hold-out of the train file with <c>--holdout 0.2</c>). <c>--train demo</c> reads the demo help
/// desk's tickets from a freshly seeded database instead of a file.
/// </summary>
internal sealed class ClassifyTask : IEvaluationTask
{
    public string Name => "classify";

    public string Usage => "--train FILE|demo (--test FILE | --holdout 0.2 [--seed 42]) [--oos-label oos] [--oos-threshold 0.3] [--trainer sdca|lbfgs|lightgbm] [--max-train N] [--char-ngrams 3] [--word-ngrams 2] [--l2 0.03] [--iterations 50] [--history 5] [--semantic true|false]";

    public async Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var all = arguments.Required("train") == "demo" ? await DemoTickets.LoadAsync(cancellationToken) : LabelledCsv.Read(arguments.ExistingFile("train"));
        List<LabelledText> train, test;
        var seed = int.Parse(arguments.Optional("seed") ?? "42");
        if (arguments.Optional("holdout") is { } holdout)
            (train, test) = TextClassifierTrainer.StratifiedSplit(all, double.Parse(holdout, System.Globalization.CultureInfo.InvariantCulture), seed);
        else
            (train, test) = (all, LabelledCsv.Read(arguments.ExistingFile("test")));
        if (arguments.Optional("max-train") is { } max)
        {
            // One generator for the whole shuffle: a new Random(seed) per row returned the same key for every row, so the
            // "sample" was the file's first rows (CLINC150 is sorted by label: 100 of its 151 classes).
            var random = new Random(seed);
            train = train.OrderBy(_ => random.Next()).Take(int.Parse(max)).ToList();
        }
        var oosLabel = arguments.Optional("oos-label");
        var oosThreshold = float.Parse(arguments.Optional("oos-threshold") ?? "0.3", System.Globalization.CultureInfo.InvariantCulture);
        var kind = arguments.Optional("trainer") is { } named ? Enum.Parse<ClassifierTrainerKind>(named, ignoreCase: true) : TextClassifierTrainer.ProductKind;
        log.WriteLine($"# classify: {train.Count} train, {test.Count} test, {train.Select(t => t.Label).Distinct().Count()} classes, trainer {kind}");

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var defaults = TextClassifierSettings.Default;
        var settings = new TextClassifierSettings(
            int.Parse(arguments.Optional("word-ngrams") ?? defaults.WordNgramLength.ToString(invariant), invariant),
            int.Parse(arguments.Optional("char-ngrams") ?? defaults.CharNgramLength.ToString(invariant), invariant),
            float.Parse(arguments.Optional("l2") ?? defaults.L2.ToString(invariant), invariant),
            int.Parse(arguments.Optional("iterations") ?? defaults.Iterations.ToString(invariant), invariant),
            History: int.Parse(arguments.Optional("history") ?? defaults.History.ToString(invariant), invariant),
            Semantic: bool.Parse(arguments.Optional("semantic") ?? "true"));
        if (settings != defaults) log.WriteLine($"settings: {settings}");
        var classifier = new TextClassifierTrainer().Train(train, kind, settings, cancellationToken);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var trainCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        log.WriteLine($"trained in {trainSeconds:F1} s ({trainCpuSeconds:F1} s CPU); semantic head: {(classifier.Semantic is null ? "none" : "yes")}");

        // Single-threaded throughput, as one request would see it. On a shared machine the wall clock counts other
        // people's work too; the process's CPU time over the loop (one busy thread) is the one-core figure.
        var predictions = new List<ClassifierPrediction>(test.Count);
        cpuBefore = process.TotalProcessorTime;
        watch.Restart();
        foreach (var row in test) predictions.Add(classifier.Predict(row.Text));
        var perSecond = test.Count / watch.Elapsed.TotalSeconds;
        process.Refresh();
        var perCpuSecond = test.Count / Math.Max(1e-6, (process.TotalProcessorTime - cpuBefore).TotalSeconds);

        // What a confidence threshold (Triage:ConfidenceThreshold) would do: how many predictions it keeps, how many of those are right.
        log.WriteLine("  threshold  kept  accuracy-of-kept");
        foreach (var t in new[] { 0.2f, 0.3f, 0.35f, 0.4f, 0.5f })
        {
            var kept = Enumerable.Range(0, test.Count).Where(i => predictions[i].Confidence >= t).ToList();
            log.WriteLine($"  {t,9:F2}  {kept.Count / (double)Math.Max(1, test.Count),4:F2}  {kept.Count(i => predictions[i].Label == test[i].Label) / (double)Math.Max(1, kept.Count),16:F4}");
        }
        if (oosLabel is not null)
        {
            // The threshold trades in-scope accuracy for out-of-scope recall; the table shows the whole curve.
            log.WriteLine("  threshold  in-scope-acc  oos-recall");
            foreach (var t in new[] { 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f })
            {
                var p = predictions.Select(x => x.Confidence < t ? oosLabel : x.Label).ToList();
                var ins = Enumerable.Range(0, test.Count).Where(i => test[i].Label != oosLabel).ToList();
                var outs = Enumerable.Range(0, test.Count).Where(i => test[i].Label == oosLabel).ToList();
                log.WriteLine($"  {t,9:F2}  {ins.Count(i => p[i] == test[i].Label) / (double)Math.Max(1, ins.Count),12:F4}  {outs.Count(i => p[i] == oosLabel) / (double)Math.Max(1, outs.Count),10:F4}");
            }
        }
        var predicted = predictions.Select(p => oosLabel is not null && p.Confidence < oosThreshold ? oosLabel : p.Label).ToList();
        var expected = test.Select(t => t.Label).ToList();
        var evaluation = ClassifierEvaluation.Compute(expected, predicted);
        var result = new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["trainer"] = kind.ToString().ToLowerInvariant(),
            ["semantic_head"] = classifier.Semantic is not null,
            ["n_train"] = train.Count,
            ["n_test"] = test.Count,
            ["accuracy"] = Math.Round(evaluation.Accuracy, 4),
            ["macro_f1"] = Math.Round(evaluation.MacroF1, 4),
        };
        if (oosLabel is not null)
        {
            var inScope = Enumerable.Range(0, test.Count).Where(i => expected[i] != oosLabel).ToList();
            var oos = Enumerable.Range(0, test.Count).Where(i => expected[i] == oosLabel).ToList();
            result["in_scope_accuracy"] = Math.Round(inScope.Count == 0 ? 0 : inScope.Count(i => predicted[i] == expected[i]) / (double)inScope.Count, 4);
            result["oos_recall"] = Math.Round(oos.Count == 0 ? 0 : oos.Count(i => predicted[i] == oosLabel) / (double)oos.Count, 4);
            result["oos_threshold"] = oosThreshold;
        }
        else
        {
            result["in_scope_accuracy"] = result["accuracy"];
        }
        var majority = expected.GroupBy(e => e).Max(g => g.Count()) / (double)expected.Count;
        result["majority_baseline_accuracy"] = Math.Round(majority, 4);
        result["train_seconds"] = Math.Round(trainSeconds, 2);
        result["train_cpu_seconds"] = Math.Round(trainCpuSeconds, 2);
        result["predictions_per_second"] = Math.Round(perSecond, 0);
        result["predictions_per_cpu_second"] = Math.Round(perCpuSecond, 0);
        foreach (var c in evaluation.PerClass.OrderBy(c => c.F1).Take(10))
            log.WriteLine($"  weakest: {c.Label,-40} support {c.Support,4}  P {c.Precision:F2}  R {c.Recall:F2}  F1 {c.F1:F2}");
        return result;
    }
}
