using System.Diagnostics;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Trains the shipped language profile from plain-text corpora (<c>&lt;corpus&gt;/&lt;lang&gt;.txt</c>, one sentence a line).
/// Every 20th line is held out: word weights, unseen-n-gram floors and the confidence temperature are chosen on
/// sentences, word pairs and single words cut from those held-out lines, so no evaluation file is ever involved.
/// </summary>
internal sealed class LanguageProfileBuilder(string corpusDirectory, TextWriter log)
{
    private const int HoldoutEvery = 20;

    private static readonly float[][] OrderWeightOptions =
        [[0, 1, 1, 1, 1], [0, 0.5f, 1, 1, 1], [0, 0.3f, 0.6f, 1, 1.3f], [0, 0.2f, 0.5f, 1, 1.5f], [0, 0.1f, 0.3f, 1, 1.6f], [0, 0.05f, 0.2f, 1, 2]];
    private static readonly float[] WordWeightOptions = [0, 2, 4, 8, 12, 16];
    private static readonly double[] FloorCountOptions = [0.02, 0.1, 0.5];

    public LanguageProfile Build()
    {
        var groups = LanguageGroupSpec.All.Select(BuildGroup).ToList();
        return new LanguageProfile(groups);
    }

    private LanguageGroupData BuildGroup(LanguageGroupSpec spec)
    {
        var watch = Stopwatch.StartNew();
        var counts = new LanguageCorpusCounts[spec.Languages.Length];
        var holdout = new List<HoldoutSample>();
        for (var l = 0; l < spec.Languages.Length; l++)
        {
            var path = Path.Combine(corpusDirectory, spec.Languages[l] + ".txt");
            if (!File.Exists(path)) throw new FileNotFoundException($"Training corpus '{path}' is missing.", path);
            counts[l] = new LanguageCorpusCounts();
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (lineNumber++ % HoldoutEvery == 0) holdout.AddRange(HoldoutSample.Cut(l, line, spec.Name, lineNumber));
                else counts[l].Add(line, spec.UsesWords);
            }
            log.WriteLine($"  {spec.Languages[l]}: {lineNumber:N0} lines, {counts[l].Ngrams.Count:N0} distinct n-grams, {counts[l].Words.Count:N0} words");
        }

        var keys = Enumerable.Range(1, NgramText.MaxOrder)
            .SelectMany(order => counts.SelectMany(c => c.Top(order, spec.TopNgramsPerOrder[order])))
            .Distinct().Order().ToArray();
        var words = spec.UsesWords ? counts.SelectMany(c => c.TopWords(spec.TopWords, spec.MinWordCount)).Distinct().Order(StringComparer.Ordinal).ToArray() : [];
        log.WriteLine($"  kept {keys.Length:N0} n-grams and {words.Length:N0} words ({watch.Elapsed.TotalSeconds:F1} s)");

        LanguageGroupData? best = null;
        var bestAccuracy = -1.0;
        var bestFloor = 0.0;
        foreach (var floorCount in FloorCountOptions)
        {
            var data = Tabulate(spec, counts, keys, words, floorCount);
            foreach (var orderWeights in OrderWeightOptions)
            foreach (var wordWeight in spec.UsesWords ? WordWeightOptions : [0f])
            {
                data.OrderWeights = orderWeights;
                data.WordWeight = wordWeight;
                var accuracy = HoldoutEvaluation.MeanAccuracy(new LanguageGroupModel(data), holdout);
                if (accuracy <= bestAccuracy) continue;
                bestAccuracy = accuracy;
                bestFloor = floorCount;
                best = Tabulate(spec, counts, keys, words, floorCount);
                best.OrderWeights = orderWeights;
                best.WordWeight = wordWeight;
            }
        }
        best!.Beta = (float)HoldoutEvaluation.FitTemperature(best, holdout);
        var model = new LanguageGroupModel(best);
        log.WriteLine($"  chose order weights [{string.Join(", ", best.OrderWeights.Skip(1))}], word weight {best.WordWeight}, unseen floor {bestFloor} counts, beta {best.Beta:F3}");
        foreach (var (kind, accuracy) in HoldoutEvaluation.AccuracyByKind(model, holdout))
            log.WriteLine($"  held-out {kind}: accuracy {accuracy:F4}");
        return best;
    }

    private static LanguageGroupData Tabulate(LanguageGroupSpec spec, LanguageCorpusCounts[] counts, ulong[] keys, string[] words, double floorCount)
    {
        var n = spec.Languages.Length;
        var ngramValues = new byte[keys.Length * n];
        var wordValues = new byte[words.Length * n];
        var ngramFloors = new float[n * (NgramText.MaxOrder + 1)];
        var wordFloors = new float[n];
        for (var l = 0; l < n; l++)
        {
            var c = counts[l];
            for (var order = 1; order <= NgramText.MaxOrder; order++)
                ngramFloors[l * (NgramText.MaxOrder + 1) + order] = (float)Math.Log(floorCount / Math.Max(1, c.NgramTotals[order]));
            wordFloors[l] = (float)Math.Log(floorCount / Math.Max(1, c.WordTotal));
            for (var row = 0; row < keys.Length; row++)
                ngramValues[row * n + l] = c.Ngrams.TryGetValue(keys[row], out var count)
                    ? LanguageGroupData.Quantize(Math.Log((double)count / c.NgramTotals[NgramText.Order(keys[row])]))
                    : LanguageGroupData.Unseen;
            for (var row = 0; row < words.Length; row++)
                wordValues[row * n + l] = c.Words.TryGetValue(words[row], out var count)
                    ? LanguageGroupData.Quantize(Math.Log((double)count / c.WordTotal))
                    : LanguageGroupData.Unseen;
        }
        return new LanguageGroupData
        {
            Name = spec.Name, Languages = spec.Languages, UsesWords = spec.UsesWords, OrderWeights = [0, 1, 1, 1, 1], WordWeight = 0,
            Beta = 1, NgramFloors = ngramFloors, WordFloors = wordFloors, NgramKeys = keys, NgramValues = ngramValues,
            Words = words, WordValues = wordValues,
        };
    }
}
