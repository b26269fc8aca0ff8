using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// A trained text classifier. Thread-safe: ML.NET prediction engines are not, so each call borrows one from a pool.
/// </summary>
public sealed class TextClassifier
{
    /// <summary>Longer texts are cut: the first few thousand characters carry the topic, and the cost stays bounded.</summary>
    public const int MaxTextLength = 4000;

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ConcurrentBag<PredictionEngine<TextInput, ScoreOutput>> engines = [];
    private readonly string[] labels;

    internal TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, ClassifierTrainerKind trainer)
    {
        this.ml = ml;
        this.model = model;
        InputSchema = inputSchema;
        Trainer = trainer;
        var engine = CreateEngine();
        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        engine.OutputSchema["Score"].GetSlotNames(ref slotNames);
        labels = slotNames.DenseValues().Select(v => v.ToString()).ToArray();
        engines.Add(engine);
    }

    public IReadOnlyList<string> Labels => labels;

    public ClassifierTrainerKind Trainer { get; }

    internal DataViewSchema InputSchema { get; }

    public ClassifierPrediction Predict(string text)
    {
        if (!engines.TryTake(out var engine)) engine = CreateEngine();
        try
        {
            var output = engine.Predict(new TextInput { Text = Prepare(text) });
            var ranked = new ClassScore[labels.Length];
            var sum = 0f;
            for (var i = 0; i < labels.Length; i++) sum += Math.Max(0, output.Score[i]);
            for (var i = 0; i < labels.Length; i++)
                ranked[i] = new ClassScore(labels[i], sum > 0 ? Math.Max(0, output.Score[i]) / sum : 1f / labels.Length);
            Array.Sort(ranked, (a, b) => b.Probability.CompareTo(a.Probability));
            return new ClassifierPrediction(ranked);
        }
        finally
        {
            engines.Add(engine);
        }
    }

    public void Save(Stream stream) => ml.Model.Save(model, InputSchema, stream);

    public static TextClassifier Load(Stream stream, ClassifierTrainerKind trainer = ClassifierTrainerKind.Sdca)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(stream, out var schema);
        return new TextClassifier(ml, model, schema, trainer);
    }

    internal static string Prepare(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    private PredictionEngine<TextInput, ScoreOutput> CreateEngine() =>
        ml.Model.CreatePredictionEngine<TextInput, ScoreOutput>(model, inputSchema: InputSchema);

    internal sealed class TextInput
    {
        public string Text { get; set; } = "";

        public string Label { get; set; } = "";
    }

    internal sealed class ScoreOutput
    {
        public float[] Score { get; set; } = [];
    }
}
