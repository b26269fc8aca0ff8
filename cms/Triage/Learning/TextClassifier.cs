using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// A trained text classifier. Thread-safe: ML.NET prediction engines are not, so each call borrows one from a pool,
/// together with its input row and score buffer (reused, so a prediction allocates only its result).
/// </summary>
public sealed class TextClassifier
{
    /// <summary>
    /// Longer texts are cut (after code blocks and stack traces are dropped, see <see cref="TicketText"/>): the subject
    /// and the opening paragraphs carry the topic, and featurisation cost grows with every character read.
    /// </summary>
    public const int MaxTextLength = 1500;

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ConcurrentBag<Slot> engines = [];
    private readonly string[] labels;

    internal TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, ClassifierTrainerKind trainer)
    {
        this.ml = ml;
        this.model = model;
        InputSchema = inputSchema;
        Trainer = trainer;
        var engine = CreateEngine();
        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        engine.Engine.OutputSchema["Score"].GetSlotNames(ref slotNames);
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
            engine.Input.Text = Prepare(text);
            engine.Engine.Predict(engine.Input, ref engine.Output);
            var output = engine.Output;
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
            engine.Input.Text = "";
            engines.Add(engine);
        }
    }

    public void Save(Stream stream) => ml.Model.Save(model, InputSchema, stream);

    public static TextClassifier Load(Stream stream, ClassifierTrainerKind trainer = TextClassifierTrainer.ProductKind)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(stream, out var schema);
        return new TextClassifier(ml, model, schema, trainer);
    }

    internal static string Prepare(string text) => TicketText.Prepare(text, MaxTextLength);

    private Slot CreateEngine() => new(ml.Model.CreatePredictionEngine<TextInput, ScoreOutput>(model, inputSchema: InputSchema));

    private sealed class Slot(PredictionEngine<TextInput, ScoreOutput> engine)
    {
        public readonly PredictionEngine<TextInput, ScoreOutput> Engine = engine;
        public readonly TextInput Input = new();
        public ScoreOutput Output = new();
    }

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
