using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// y = x·W + b for the encoder's weight matrices (W: inputs × outputs, row-major). On CPUs with AVX-VNNI the product is
/// computed in 8-bit integers (weights quantised per output column at load, each input row quantised when it arrives,
/// 32 multiply-adds per instruction); elsewhere in 32-bit floats with a register-blocked AVX2 kernel, or portable SIMD.
/// </summary>
internal sealed class DenseLayer
{
    private readonly float[]? weights;     // kept only for the float path: the 8-bit path needs just the packed copy
    private readonly float[] bias;
    private readonly int inputs, outputs;
    private readonly sbyte[]? packed;      // [inputs / 4][outputs][4]: four consecutive inputs of one output side by side
    private readonly float[]? columnScale; // weight scale per output
    private readonly int[]? columnSum;     // Σ quantised weights per output (undoes the inputs' +128 offset)

    public DenseLayer(float[] weights, float[] bias, int inputs, int outputs, bool int8)
    {
        if (weights.Length != inputs * outputs || bias.Length != outputs) throw new InvalidDataException($"A {inputs}×{outputs} layer got {weights.Length} weights and {bias.Length} biases.");
        this.bias = bias;
        this.inputs = inputs;
        this.outputs = outputs;
        if (!int8 || !AvxVnni.IsSupported || inputs % 4 != 0 || outputs % 16 != 0)
        {
            this.weights = weights;
            return;
        }
        packed = new sbyte[inputs * outputs];
        columnScale = new float[outputs];
        columnSum = new int[outputs];
        for (var o = 0; o < outputs; o++)
        {
            var max = 0f;
            for (var i = 0; i < inputs; i++) max = Math.Max(max, Math.Abs(weights[i * outputs + o]));
            var scale = max > 0 ? max / 127f : 1f;
            columnScale[o] = scale;
            for (var i = 0; i < inputs; i++)
            {
                var q = (sbyte)Math.Clamp(MathF.Round(weights[i * outputs + o] / scale), -127, 127);
                packed[(i / 4 * outputs + o) * 4 + i % 4] = q;
                columnSum[o] += q;
            }
        }
    }

    /// <summary>Whether this machine takes the 8-bit path (AVX-VNNI, unless KNOWLEDGE_ENCODER_FP32=1 asks for floats).</summary>
    public static bool Int8Supported => AvxVnni.IsSupported && Environment.GetEnvironmentVariable("KNOWLEDGE_ENCODER_FP32") != "1";

    /// <summary>Whether this layer computes in 8-bit integers.</summary>
    public bool IsInt8 => packed is not null;

    public float[] Apply(float[] x, int rows)
    {
        var y = new float[rows * outputs];
        if (packed is not null) ApplyInt8(x, rows, y);
        else
        {
            for (var r = 0; r < rows; r++) bias.CopyTo(y.AsSpan(r * outputs, outputs));
            if (Vector256.IsHardwareAccelerated && outputs % 16 == 0) ApplyFloat256(x, rows, y);
            else ApplyPortable(x, rows, y);
        }
        return y;
    }

    private unsafe void ApplyInt8(float[] x, int rows, float[] y)
    {
        var quantised = new byte[rows * inputs];
        var rowScale = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var row = x.AsSpan(r * inputs, inputs);
            var max = 0f;
            foreach (var v in row) max = Math.Max(max, Math.Abs(v));
            var scale = max > 0 ? max / 127f : 1f;
            rowScale[r] = scale;
            var inverse = 1 / scale;
            for (var i = 0; i < inputs; i++) quantised[r * inputs + i] = (byte)(Math.Clamp((int)MathF.Round(row[i] * inverse), -127, 127) + 128);
        }
        var groups = inputs / 4;
        var accumulators = stackalloc int[16 * 4];
        fixed (byte* px = quantised)
        fixed (sbyte* pw = packed)
        {
            for (var r0 = 0; r0 < rows; r0 += 4)
            {
                var block = Math.Min(4, rows - r0);
                int* x0 = (int*)(px + r0 * inputs), x1 = (int*)(px + (r0 + (block > 1 ? 1 : 0)) * inputs),
                    x2 = (int*)(px + (r0 + (block > 2 ? 2 : 0)) * inputs), x3 = (int*)(px + (r0 + (block > 3 ? 3 : 0)) * inputs);
                for (var c = 0; c < outputs; c += 16)
                {
                    var a0 = Vector256<int>.Zero; var b0 = Vector256<int>.Zero;
                    var a1 = Vector256<int>.Zero; var b1 = Vector256<int>.Zero;
                    var a2 = Vector256<int>.Zero; var b2 = Vector256<int>.Zero;
                    var a3 = Vector256<int>.Zero; var b3 = Vector256<int>.Zero;
                    var wp = pw + c * 4;
                    for (var g = 0; g < groups; g++, wp += outputs * 4)
                    {
                        var w0 = Vector256.Load(wp);
                        var w1 = Vector256.Load(wp + 32);
                        var s0 = Vector256.Create(x0[g]).AsByte(); a0 = AvxVnni.MultiplyWideningAndAdd(a0, s0, w0); b0 = AvxVnni.MultiplyWideningAndAdd(b0, s0, w1);
                        var s1 = Vector256.Create(x1[g]).AsByte(); a1 = AvxVnni.MultiplyWideningAndAdd(a1, s1, w0); b1 = AvxVnni.MultiplyWideningAndAdd(b1, s1, w1);
                        var s2 = Vector256.Create(x2[g]).AsByte(); a2 = AvxVnni.MultiplyWideningAndAdd(a2, s2, w0); b2 = AvxVnni.MultiplyWideningAndAdd(b2, s2, w1);
                        var s3 = Vector256.Create(x3[g]).AsByte(); a3 = AvxVnni.MultiplyWideningAndAdd(a3, s3, w0); b3 = AvxVnni.MultiplyWideningAndAdd(b3, s3, w1);
                    }
                    a0.Store(accumulators); b0.Store(accumulators + 8);
                    a1.Store(accumulators + 16); b1.Store(accumulators + 24);
                    a2.Store(accumulators + 32); b2.Store(accumulators + 40);
                    a3.Store(accumulators + 48); b3.Store(accumulators + 56);
                    for (var r = 0; r < block; r++)
                        for (var j = 0; j < 16; j++)
                        {
                            var o = c + j;
                            y[(r0 + r) * outputs + o] = rowScale[r0 + r] * columnScale![o] * (accumulators[r * 16 + j] - 128 * columnSum![o]) + bias[o];
                        }
                }
            }
        }
    }

    /// <summary>4 rows × 16 outputs accumulate in eight 256-bit registers over all inputs; each loaded slice of W serves four rows.</summary>
    private unsafe void ApplyFloat256(float[] x, int rows, float[] y)
    {
        fixed (float* px = x, pw = weights!, py = y)
        {
            for (var r0 = 0; r0 < rows; r0 += 4)
            {
                var block = Math.Min(4, rows - r0);
                float* x0 = px + r0 * inputs, x1 = x0 + (block > 1 ? inputs : 0), x2 = x0 + (block > 2 ? 2 * inputs : 0), x3 = x0 + (block > 3 ? 3 * inputs : 0);
                for (var c = 0; c < outputs; c += 16)
                {
                    var a0 = Vector256<float>.Zero; var b0 = Vector256<float>.Zero;
                    var a1 = Vector256<float>.Zero; var b1 = Vector256<float>.Zero;
                    var a2 = Vector256<float>.Zero; var b2 = Vector256<float>.Zero;
                    var a3 = Vector256<float>.Zero; var b3 = Vector256<float>.Zero;
                    var wp = pw + c;
                    for (var k = 0; k < inputs; k++, wp += outputs)
                    {
                        var w0 = Vector256.Load(wp);
                        var w1 = Vector256.Load(wp + 8);
                        var s0 = Vector256.Create(x0[k]); a0 = Fma(s0, w0, a0); b0 = Fma(s0, w1, b0);
                        var s1 = Vector256.Create(x1[k]); a1 = Fma(s1, w0, a1); b1 = Fma(s1, w1, b1);
                        var s2 = Vector256.Create(x2[k]); a2 = Fma(s2, w0, a2); b2 = Fma(s2, w1, b2);
                        var s3 = Vector256.Create(x3[k]); a3 = Fma(s3, w0, a3); b3 = Fma(s3, w1, b3);
                    }
                    Store(py + r0 * outputs + c, a0, b0);
                    if (block > 1) Store(py + (r0 + 1) * outputs + c, a1, b1);
                    if (block > 2) Store(py + (r0 + 2) * outputs + c, a2, b2);
                    if (block > 3) Store(py + (r0 + 3) * outputs + c, a3, b3);
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

    private void ApplyPortable(float[] x, int rows, float[] y)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = y.AsSpan(r * outputs, outputs);
            for (var k = 0; k < inputs; k++)
            {
                var a = x[r * inputs + k];
                var wk = weights!.AsSpan(k * outputs, outputs);
                var c = 0;
                for (; c <= outputs - Vector<float>.Count; c += Vector<float>.Count)
                    (new Vector<float>(row[c..]) + new Vector<float>(a) * new Vector<float>(wk[c..])).CopyTo(row[c..]);
                for (; c < outputs; c++) row[c] += a * wk[c];
            }
        }
    }
}
