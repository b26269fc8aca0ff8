using Knowledge.Cms.Triage.Learning.Semantic;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// The one trainer of text classifiers: triage in the product and the <c>classify</c> evaluation use it alike.
/// Features are word 1–2-grams plus character 1–3-grams (TF-IDF weighted, L2-normalised); character n-grams make it
/// work for languages without spaces (ja, zh) and for inflected or misspelt words. Texts are first reduced by
/// <see cref="TicketText"/> (code and stack traces dropped, capped at <see cref="TextClassifier.MaxTextLength"/>).
/// </summary>
public sealed class TextClassifierTrainer
{
    /// <summary>The learner the product trains with (<c>trainTriageModel</c>) and the <c>classify</c> evaluation uses by default.</summary>
    public const ClassifierTrainerKind ProductKind = ClassifierTrainerKind.Lbfgs;

    public TextClassifier Train(IReadOnlyList<LabelledText> examples, ClassifierTrainerKind kind, CancellationToken cancellationToken) =>
        Train(examples, kind, TextClassifierSettings.Default, cancellationToken);

    public TextClassifier Train(IReadOnlyList<LabelledText> examples, ClassifierTrainerKind kind, TextClassifierSettings settings, CancellationToken cancellationToken)
    {
        Validate(examples);
        var ml = new MLContext(seed: 1);
        cancellationToken.ThrowIfCancellationRequested();
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new TextClassifier.TextInput { Text = TextClassifier.Prepare(e.Text), Label = e.Label }));
        var featurise = ml.Transforms.Conversion.MapValueToKey("Label", "Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = true,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgramLength, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgramLength, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, "Text"))
            .AppendCacheCheckpoint(ml);
        IEstimator<ITransformer> learner = kind switch
        {
            ClassifierTrainerKind.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2, L1Regularization = 0, MaximumNumberOfIterations = settings.Iterations, NumberOfThreads = settings.Threads,
                HistorySize = settings.History,
            }),
            ClassifierTrainerKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = settings.Iterations, LearningRate = 0.2, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 2, Seed = 1, NumberOfThreads = settings.Threads,
            }),
            _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                // SDCA regularises the mean loss, L-BFGS the summed loss: the same strength is L2 / n.
                L2Regularization = settings.L2 / examples.Count, MaximumNumberOfIterations = Math.Max(1, settings.Iterations / 2), NumberOfThreads = settings.Threads,
            }),
        };
        var pipeline = featurise.Append(learner);
        var model = pipeline.Fit(data);
        var classifier = new TextClassifier(ml, model, data.Schema, kind);
        return settings.Semantic ? AddSemanticHead(classifier, examples, settings, cancellationToken) : classifier;
    }

    /// <summary>Fewest English examples worth a semantic head; below it the model stays word-features only.</summary>
    public const int MinSemanticExamples = 20;

    /// <summary>
    /// Trains the <see cref="SemanticHead"/> on the English examples' sentence embeddings (computed in parallel on the
    /// allowed threads) and attaches it. Without the shipped encoder, or with too few English examples, the classifier
    /// is returned as it is.
    /// </summary>
    private static TextClassifier AddSemanticHead(TextClassifier classifier, IReadOnlyList<LabelledText> examples, TextClassifierSettings settings, CancellationToken cancellationToken)
    {
        if (SentenceEncoder.Shipped is not { } encoder) return classifier;
        var index = classifier.Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var threads = settings.Threads ?? Environment.ProcessorCount;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var prepared = new string?[examples.Count];
        Parallel.For(0, examples.Count, options, i =>
        {
            var text = TextClassifier.Prepare(examples[i].Text);
            if (index.ContainsKey(examples[i].Label) && TextClassifier.IsEnglish(text, encoder)) prepared[i] = text;
        });
        var english = Enumerable.Range(0, examples.Count).Where(i => prepared[i] is not null).ToList();
        if (english.Count < MinSemanticExamples || english.Select(i => examples[i].Label).Distinct().Count() < 2) return classifier;
        var embeddings = new float[english.Count][];
        Parallel.For(0, english.Count, options, i => embeddings[i] = encoder.EmbedForTraining(prepared[english[i]]!));
        var labels = english.Select(i => index[examples[i].Label]).ToList();
        var head = SemanticHead.Train(embeddings, labels, classifier.Labels.Count, settings.SemanticHead ?? new SemanticHeadSettings(), threads, cancellationToken);
        return classifier.WithSemantic(head);
    }

    public static ClassifierEvaluation Evaluate(TextClassifier classifier, IReadOnlyList<LabelledText> test)
    {
        var predicted = test.Select(t => classifier.Predict(t.Text).Label).ToList();
        return ClassifierEvaluation.Compute(test.Select(t => t.Label).ToList(), predicted);
    }

    /// <summary>A stratified split: every class keeps about <paramref name="testFraction"/> of its examples for testing (at least one when it has two or more).</summary>
    public static (List<LabelledText> Train, List<LabelledText> Test) StratifiedSplit(IReadOnlyList<LabelledText> examples, double testFraction, int seed)
    {
        var random = new Random(seed);
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        foreach (var group in examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = group.OrderBy(_ => random.Next()).ToList();
            var n = items.Count < 2 ? 0 : Math.Max(1, (int)Math.Round(items.Count * testFraction));
            test.AddRange(items.Take(n));
            train.AddRange(items.Skip(n));
        }
        return (train, test);
    }

    /// <summary>
    /// A stable stratified split: an example's side depends only on a hash of its text, so a held-back example stays
    /// held back in every later run and a new model is never compared on examples an older one was trained on.
    /// </summary>
    public static (List<LabelledText> Train, List<LabelledText> Test) StableSplit(IReadOnlyList<LabelledText> examples, double testFraction)
    {
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        var cut = (uint)(testFraction * 1000);
        foreach (var group in examples.GroupBy(e => e.Label))
        {
            var items = group.Select(e => (Example: e, Hash: StableHash(e.Text) % 1000)).ToList();
            var held = items.Where(i => i.Hash < cut).ToList();
            if (held.Count == 0 && items.Count >= 5) held.Add(items.MinBy(i => i.Hash));
            if (held.Count == items.Count) held.Clear();
            test.AddRange(held.Select(h => h.Example));
            train.AddRange(items.Except(held).Select(i => i.Example));
        }
        return (train, test);
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>Fails with a clear message when the label set cannot train a classifier.</summary>
    public static void Validate(IReadOnlyList<LabelledText> examples)
    {
        if (examples.Count == 0)
            throw new TrainingDataException("There are no labelled examples to train on.");
        var classes = examples.Select(e => e.Label).Distinct().Count();
        if (classes < 2)
            throw new TrainingDataException($"Training needs at least two classes; the labelled examples hold only one ('{examples[0].Label}').");
    }
}
