using System.Collections.Concurrent;
using System.IO.Compression;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Triage.Learning.Semantic;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// A trained text classifier. Thread-safe: ML.NET prediction engines are not, so each call borrows one from a pool,
/// together with its input row and score buffer (reused, so a prediction allocates only its result).
/// <para>
/// With a <see cref="SemanticHead"/> (trained on English examples) an English text whose word-feature prediction is
/// not confident (below <see cref="BlendBelowConfidence"/>) is also embedded by the <see cref="SentenceEncoder"/> and
/// the two distributions are blended geometrically (<see cref="SemanticWeight"/>). Confident predictions, which are
/// nearly always right, skip the encoder, so most predictions cost only the word features.
/// </para>
/// </summary>
public sealed class TextClassifier
{
    /// <summary>
    /// Longer texts are cut (after code blocks and stack traces are dropped, see <see cref="TicketText"/>): the subject
    /// and the opening paragraphs carry the topic, and featurisation cost grows with every character read.
    /// </summary>
    public const int MaxTextLength = 1500;

    /// <summary>Word-feature confidence from which the semantic head is not consulted (Banking77: 18% of texts fall below; ADR-0020).</summary>
    public const float BlendBelowConfidence = 0.8f;

    /// <summary>Weight of the semantic head in the geometric blend (log-probabilities: 0.7 word features, 0.3 semantic).</summary>
    public const float SemanticWeight = 0.3f;

    private const string ModelEntry = "model.zip";
    private const string SemanticEntry = "semantic-head.bin";
    private static readonly LanguageDetector languages = new();

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ConcurrentBag<Slot> engines = [];
    private readonly string[] labels;

    internal TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, ClassifierTrainerKind trainer, SemanticHead? semantic = null)
    {
        Semantic = semantic;
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

    /// <summary>The sentence-embedding head blended into uncertain English predictions; null for a word-features-only model.</summary>
    public SemanticHead? Semantic { get; }

    internal TextClassifier WithSemantic(SemanticHead semantic) => new(ml, model, InputSchema, Trainer, semantic);

    /// <summary>Whether the semantic head is meant for this text: English (as the encoder is) in the part the encoder reads.</summary>
    internal static bool IsEnglish(string preparedText, SentenceEncoder encoder)
    {
        var window = encoder.Window();
        return languages.Detect(preparedText.Length > window ? preparedText[..window] : preparedText).Language == "en";
    }

    internal DataViewSchema InputSchema { get; }

    public ClassifierPrediction Predict(string text)
    {
        if (!engines.TryTake(out var engine)) engine = CreateEngine();
        try
        {
            var prepared = Prepare(text);
            engine.Input.Text = prepared;
            engine.Engine.Predict(engine.Input, ref engine.Output);
            var output = engine.Output;
            var probabilities = new float[labels.Length];
            var sum = 0f;
            for (var i = 0; i < labels.Length; i++) sum += Math.Max(0, output.Score[i]);
            var top = 0f;
            for (var i = 0; i < labels.Length; i++)
                top = Math.Max(top, probabilities[i] = sum > 0 ? Math.Max(0, output.Score[i]) / sum : 1f / labels.Length);
            if (Semantic is not null && top < BlendBelowConfidence && SentenceEncoder.Shipped is { } encoder && IsEnglish(prepared, encoder))
                Blend(probabilities, encoder.Embed(prepared));
            var ranked = new ClassScore[labels.Length];
            for (var i = 0; i < labels.Length; i++) ranked[i] = new ClassScore(labels[i], probabilities[i]);
            Array.Sort(ranked, (a, b) => b.Probability.CompareTo(a.Probability));
            return new ClassifierPrediction(ranked);
        }
        finally
        {
            engine.Input.Text = "";
            engines.Add(engine);
        }
    }

    /// <summary>p ∝ p_words^(1−w) · p_semantic^w, in place (the head's classes are in <see cref="Labels"/> order).</summary>
    private void Blend(float[] probabilities, float[] embedding)
    {
        Span<float> semantic = probabilities.Length <= 512 ? stackalloc float[probabilities.Length] : new float[probabilities.Length];
        Semantic!.Predict(embedding, semantic);
        var sum = 0f;
        for (var i = 0; i < probabilities.Length; i++)
            sum += probabilities[i] = MathF.Exp((1 - SemanticWeight) * MathF.Log(probabilities[i] + 1e-9f) + SemanticWeight * MathF.Log(semantic[i] + 1e-9f));
        for (var i = 0; i < probabilities.Length; i++) probabilities[i] /= sum;
    }

    /// <summary>
    /// Writes the model: the ML.NET model as is, or, with a semantic head, a zip holding the ML.NET model and the head.
    /// </summary>
    public void Save(Stream stream)
    {
        if (Semantic is null)
        {
            ml.Model.Save(model, InputSchema, stream);
            return;
        }
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = archive.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open()) ml.Model.Save(model, InputSchema, entry);
        using var head = new BinaryWriter(archive.CreateEntry(SemanticEntry, CompressionLevel.Fastest).Open());
        Semantic.Write(head);
    }

    public static TextClassifier Load(Stream stream, ClassifierTrainerKind trainer = TextClassifierTrainer.ProductKind)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        var ml = new MLContext(seed: 1);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (archive.GetEntry(SemanticEntry) is { } headEntry && archive.GetEntry(ModelEntry) is { } modelEntry)
            {
                SemanticHead head;
                using (var reader = new BinaryReader(headEntry.Open())) head = SemanticHead.Read(reader);
                var inner = new MemoryStream();
                using (var entry = modelEntry.Open()) entry.CopyTo(inner);
                inner.Position = 0;
                var combined = ml.Model.Load(inner, out var combinedSchema);
                return new TextClassifier(ml, combined, combinedSchema, trainer, head);
            }
        }
        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out var schema);
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
