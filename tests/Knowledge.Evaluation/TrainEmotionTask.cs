using System.Diagnostics;
using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Evaluation;

/// <summary>
/// <c>train-emotion</c>: trains the emotion model the product ships (cms/Triage/Models/emotion.zip) with the product's
/// trainer on emotion5 (GoEmotions, Apache-2.0) and measures it on the dev file. The data is never committed.
/// </summary>
internal sealed class TrainEmotionTask : IEvaluationTask
{
    public string Name => "train-emotion";

    public string Usage => "--train emotion5.train.csv --test emotion5.dev.csv --out cms/Triage/Models/emotion.zip [--trainer sdca|lbfgs] [--semantic false|true]";

    public Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var train = LabelledCsv.Read(arguments.ExistingFile("train")).Select(r => r with { Label = r.Label.Trim().ToUpperInvariant() }).ToList();
        var test = LabelledCsv.Read(arguments.ExistingFile("test")).Select(r => r with { Label = r.Label.Trim().ToUpperInvariant() }).ToList();
        var output = arguments.Required("out");
        var kind = Enum.Parse<ClassifierTrainerKind>(arguments.Optional("trainer") ?? "sdca", ignoreCase: true);
        log.WriteLine($"# train-emotion: {train.Count} train, {test.Count} dev, trainer {kind}");
        var watch = Stopwatch.StartNew();
        // The shipped model is word features only (5.4 MB, fast); --semantic true adds the sentence-embedding head.
        var settings = TextClassifierSettings.Default with { Semantic = bool.Parse(arguments.Optional("semantic") ?? "false") };
        var classifier = new TextClassifierTrainer().Train(train, kind, settings, cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        var evaluation = TextClassifierTrainer.Evaluate(classifier, test);
        using (var stream = File.Create(output)) classifier.Save(stream);
        foreach (var c in evaluation.PerClass)
            log.WriteLine($"  {c.Label,-12} support {c.Support,5}  P {c.Precision:F3}  R {c.Recall:F3}  F1 {c.F1:F3}");
        var result = new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["trainer"] = kind.ToString().ToLowerInvariant(),
            ["n_train"] = train.Count,
            ["n_test"] = test.Count,
            ["accuracy"] = Math.Round(evaluation.Accuracy, 4),
            ["macro_f1"] = Math.Round(evaluation.MacroF1, 4),
            ["per_class_f1"] = evaluation.PerClass.ToDictionary(c => c.Label, c => Math.Round(c.F1, 4)),
            ["train_seconds"] = Math.Round(seconds, 2),
            ["model_bytes"] = new FileInfo(output).Length,
        };
        return Task.FromResult<IReadOnlyDictionary<string, object?>>(result);
    }
}
