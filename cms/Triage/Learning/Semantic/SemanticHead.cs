namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// A small neural classifier over sentence embeddings: one ReLU hidden layer with dropout, softmax output, trained
/// with Adam on mini-batches (split over the allowed threads). Linear models on the embedding alone reach 0.77–0.84 on
/// Banking77 hold-out; this head reaches 0.86–0.87, and its errors differ from the word-feature model's, which is what
/// the blend in <see cref="TextClassifier"/> uses.
/// </summary>
public sealed class SemanticHead
{
    private const int Version = 1;
    private readonly int inputs, hidden, classes;
    private readonly float[] w1, b1, w2, b2; // w1: hidden × inputs, w2: classes × hidden

    private SemanticHead(int inputs, int hidden, int classes, float[] w1, float[] b1, float[] w2, float[] b2)
    {
        this.inputs = inputs;
        this.hidden = hidden;
        this.classes = classes;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /// <summary>Trains on <paramref name="x"/> (unit-length embeddings) with class indexes <paramref name="y"/>.</summary>
    public static SemanticHead Train(IReadOnlyList<float[]> x, IReadOnlyList<int> y, int classes, SemanticHeadSettings settings, int threads, CancellationToken cancellationToken)
    {
        var inputs = x[0].Length;
        var random = new Random(settings.Seed);
        var head = new SemanticHead(inputs, settings.Hidden, classes,
            Initialise(random, settings.Hidden * inputs, inputs), new float[settings.Hidden], Initialise(random, classes * settings.Hidden, settings.Hidden), new float[classes]);
        var parameters = new[] { head.w1, head.b1, head.w2, head.b2 };
        var adam = parameters.Select(p => (M: new float[p.Length], V: new float[p.Length])).ToArray();
        threads = Math.Max(1, Math.Min(threads, 4));
        var workers = Enumerable.Range(0, threads).Select(i => new Worker(head, new Random(settings.Seed * 31 + i))).ToArray();
        var order = Enumerable.Range(0, x.Count).ToArray();
        var step = 0;
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += settings.BatchSize)
            {
                var end = Math.Min(order.Length, start + settings.BatchSize);
                var share = (end - start + threads - 1) / threads;
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                {
                    var worker = workers[t];
                    worker.Clear();
                    for (var q = start + t * share; q < Math.Min(end, start + (t + 1) * share); q++)
                        worker.Accumulate(x[order[q]], y[order[q]], settings.Dropout);
                });
                step++;
                var batch = end - start;
                for (var p = 0; p < parameters.Length; p++)
                {
                    var gradient = workers[0].Gradients[p];
                    for (var t = 1; t < threads; t++) Add(workers[t].Gradients[p], gradient);
                    AdamStep(parameters[p], gradient, adam[p].M, adam[p].V, batch, step, settings.LearningRate);
                }
            }
        }
        return head;
    }

    /// <summary>Class probabilities for one embedding into <paramref name="probabilities"/> (one per class).</summary>
    public void Predict(ReadOnlySpan<float> x, Span<float> probabilities)
    {
        Span<float> h = hidden <= 1024 ? stackalloc float[hidden] : new float[hidden];
        for (var i = 0; i < hidden; i++) h[i] = Math.Max(0, VectorMath.Dot(w1.AsSpan(i * inputs, inputs), x) + b1[i]);
        for (var c = 0; c < classes; c++) probabilities[c] = VectorMath.Dot(w2.AsSpan(c * hidden, hidden), h) + b2[c];
        VectorMath.Softmax(probabilities);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Version);
        writer.Write(inputs);
        writer.Write(hidden);
        writer.Write(classes);
        foreach (var array in new[] { w1, b1, w2, b2 })
            foreach (var v in array) writer.Write(v);
    }

    public static SemanticHead Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != Version) throw new InvalidDataException("Unknown semantic head version.");
        var inputs = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var classes = reader.ReadInt32();
        float[] Next(int n)
        {
            var a = new float[n];
            for (var i = 0; i < n; i++) a[i] = reader.ReadSingle();
            return a;
        }
        return new SemanticHead(inputs, hidden, classes, Next(hidden * inputs), Next(hidden), Next(classes * hidden), Next(classes));
    }

    private static float[] Initialise(Random random, int count, int fanIn)
    {
        var a = new float[count];
        var scale = MathF.Sqrt(2f / fanIn);
        for (var i = 0; i < count; i++)
        {
            // Box–Muller: He-initialised normal weights.
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            a[i] = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)) * scale;
        }
        return a;
    }

    private static void AdamStep(float[] w, float[] g, float[] m, float[] v, int batch, int step, float rate)
    {
        const float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
        var c1 = 1 - MathF.Pow(beta1, step);
        var c2 = 1 - MathF.Pow(beta2, step);
        for (var i = 0; i < w.Length; i++)
        {
            var gi = g[i] / batch;
            m[i] = beta1 * m[i] + (1 - beta1) * gi;
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
            w[i] -= rate * (m[i] / c1) / (MathF.Sqrt(v[i] / c2) + epsilon);
        }
    }

    private static void Add(float[] source, float[] target) => VectorMath.Axpy(1, source, target);

    /// <summary>One thread's share of a mini-batch: forward, backward, gradients summed into its own buffers.</summary>
    private sealed class Worker(SemanticHead head, Random random)
    {
        public readonly float[][] Gradients = [new float[head.w1.Length], new float[head.b1.Length], new float[head.w2.Length], new float[head.b2.Length]];
        private readonly float[] h = new float[head.hidden], mask = new float[head.hidden], output = new float[head.classes], dh = new float[head.hidden];

        public void Clear()
        {
            foreach (var g in Gradients) Array.Clear(g);
        }

        public void Accumulate(float[] x, int label, float dropout)
        {
            var (hidden, inputs, classes) = (head.hidden, head.inputs, head.classes);
            for (var i = 0; i < hidden; i++)
            {
                mask[i] = random.NextSingle() < dropout ? 0 : 1 / (1 - dropout);
                h[i] = mask[i] == 0 ? 0 : Math.Max(0, VectorMath.Dot(head.w1.AsSpan(i * inputs, inputs), x) + head.b1[i]) * mask[i];
            }
            for (var c = 0; c < classes; c++) output[c] = VectorMath.Dot(head.w2.AsSpan(c * hidden, hidden), h) + head.b2[c];
            VectorMath.Softmax(output);
            output[label] -= 1;
            Array.Clear(dh);
            for (var c = 0; c < classes; c++)
            {
                VectorMath.Axpy(output[c], h, Gradients[2].AsSpan(c * hidden, hidden));
                Gradients[3][c] += output[c];
                VectorMath.Axpy(output[c], head.w2.AsSpan(c * hidden, hidden), dh);
            }
            for (var i = 0; i < hidden; i++)
            {
                if (h[i] <= 0) continue;
                var g = dh[i] * mask[i];
                Gradients[1][i] += g;
                VectorMath.Axpy(g, x, Gradients[0].AsSpan(i * inputs, inputs));
            }
        }
    }
}

/// <summary>Settings of <see cref="SemanticHead"/>; the defaults were chosen on Banking77 (ADR-0020).</summary>
public sealed record SemanticHeadSettings(int Hidden = 512, int Epochs = 12, int BatchSize = 32, float LearningRate = 0.003f, float Dropout = 0.3f, int Seed = 11);
