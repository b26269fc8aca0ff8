using System.Numerics;

namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>The SIMD loops the encoder and the head share.</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count) sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>y += alpha · x.</summary>
    public static void Axpy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        var a = new Vector<float>(alpha);
        var i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count) (new Vector<float>(y[i..]) + a * new Vector<float>(x[i..])).CopyTo(y[i..]);
        for (; i < x.Length; i++) y[i] += alpha * x[i];
    }

    /// <summary>exp(v − max) / Σ, in place.</summary>
    public static void Softmax(Span<float> values)
    {
        var max = float.MinValue;
        foreach (var v in values) max = Math.Max(max, v);
        var sum = 0f;
        for (var i = 0; i < values.Length; i++) sum += values[i] = MathF.Exp(values[i] - max);
        for (var i = 0; i < values.Length; i++) values[i] /= sum;
    }
}
