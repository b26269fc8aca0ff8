namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// One transformer layer of the sentence encoder (pre-norm): attention with 4 heads and a residual, then a ReLU
/// feed-forward (×3 width) with a residual. The first layer widens 256 → 512, its residual going through a dense projection.
/// </summary>
internal sealed class TransformerLayer
{
    private const int Heads = 4;
    private const int OutputWidth = 512;
    private readonly int inputWidth, depth;
    private readonly float scale;
    private readonly DenseLayer? residual;
    private readonly DenseLayer qkv, output, ffn1, ffn2;
    private readonly float[] norm1Scale, norm1Bias, norm2Scale, norm2Bias;

    public TransformerLayer(Func<string, float[]> tensor, string name, int inputWidth, int depth, DenseLayer? residual, bool int8)
    {
        this.inputWidth = inputWidth;
        this.depth = depth;
        scale = 1 / MathF.Sqrt(depth);
        this.residual = residual;
        var t = TensorNames(name);
        norm1Scale = tensor(t[0]);
        norm1Bias = tensor(t[1]);
        qkv = new DenseLayer(tensor(t[2]), tensor(t[3]), inputWidth, 3 * inputWidth, int8);
        output = new DenseLayer(tensor(t[4]), tensor(t[5]), inputWidth, OutputWidth, int8);
        norm2Scale = tensor(t[6]);
        norm2Bias = tensor(t[7]);
        ffn1 = new DenseLayer(tensor(t[8]), tensor(t[9]), OutputWidth, 3 * OutputWidth, int8);
        ffn2 = new DenseLayer(tensor(t[10]), tensor(t[11]), 3 * OutputWidth, OutputWidth, int8);
    }

    public static string[] TensorNames(string name) =>
    [
        $"{name}/layer_prepostprocess/layer_norm/layer_norm_scale", $"{name}/layer_prepostprocess/layer_norm/layer_norm_bias",
        $"{name}/MultiheadAttention/qkv_transform_single/kernel", $"{name}/MultiheadAttention/qkv_transform_single/bias",
        $"{name}/MultiheadAttention/output_transform_single/kernel", $"{name}/MultiheadAttention/output_transform_single/bias",
        $"{name}/FFN/layer_prepostprocess/layer_norm/layer_norm_scale", $"{name}/FFN/layer_prepostprocess/layer_norm/layer_norm_bias",
        $"{name}/FFN/conv1/Tensordot/Reshape_1", $"{name}/FFN/conv1/bias", $"{name}/FFN/conv2/Tensordot/Reshape_1", $"{name}/FFN/conv2/bias",
    ];

    /// <summary><paramref name="x"/>: <paramref name="length"/> rows of the input width; returns rows of 512.</summary>
    public float[] Forward(float[] x, int length)
    {
        var attended = Attend(LayerNorm(x, length, inputWidth, norm1Scale, norm1Bias), length);
        var h = output.Apply(attended, length);
        var skip = residual is null ? x : residual.Apply(x, length);
        for (var i = 0; i < h.Length; i++) h[i] += skip[i];
        var hidden = ffn1.Apply(LayerNorm(h, length, OutputWidth, norm2Scale, norm2Bias), length);
        for (var i = 0; i < hidden.Length; i++) hidden[i] = Math.Max(0, hidden[i]);
        var result = ffn2.Apply(hidden, length);
        for (var i = 0; i < result.Length; i++) result[i] += h[i];
        return result;
    }

    private float[] Attend(float[] normed, int length)
    {
        var width = inputWidth;
        var projected = qkv.Apply(normed, length);
        var attended = new float[length * width];
        var weights = new float[length];
        for (var head = 0; head < Heads; head++)
            for (var i = 0; i < length; i++)
            {
                var q = projected.AsSpan(i * 3 * width + head * depth, depth);
                for (var j = 0; j < length; j++)
                    weights[j] = VectorMath.Dot(q, projected.AsSpan(j * 3 * width + width + head * depth, depth)) * scale;
                VectorMath.Softmax(weights);
                var o = attended.AsSpan(i * width + head * depth, depth);
                for (var j = 0; j < length; j++)
                    VectorMath.Axpy(weights[j], projected.AsSpan(j * 3 * width + 2 * width + head * depth, depth), o);
            }
        return attended;
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
            var normed = y.AsSpan(t * width, width);
            for (var j = 0; j < width; j++) normed[j] = (row[j] - mean) * inverse * scale[j] + bias[j];
        }
        return y;
    }
}
