namespace Knowledge.Cms.Languages;

/// <summary>Accuracy and log-loss of a group model on held-out samples (builder-side only).</summary>
internal static class HoldoutEvaluation
{
    public static IEnumerable<(string Kind, double Accuracy)> AccuracyByKind(LanguageGroupModel model, IReadOnlyList<HoldoutSample> samples) =>
        samples.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Average(s => Predict(model, s.Text) == s.Language ? 1.0 : 0.0)));

    /// <summary>The mean over kinds, so single words count as much as sentences.</summary>
    public static double MeanAccuracy(LanguageGroupModel model, IReadOnlyList<HoldoutSample> samples) =>
        AccuracyByKind(model, samples).Average(k => k.Accuracy);

    /// <summary>The softmax temperature with the lowest log-loss: confidences then match observed accuracy.</summary>
    public static double FitTemperature(LanguageGroupData data, IReadOnlyList<HoldoutSample> samples)
    {
        var bestBeta = 1.0;
        var bestLoss = double.MaxValue;
        for (var beta = 0.02; beta <= 3.0; beta *= 1.15)
        {
            data.Beta = (float)beta;
            var model = new LanguageGroupModel(data);
            var loss = samples.Average(s => -Math.Log(Math.Max(1e-9, Probabilities(model, s.Text)[s.Language])));
            if (loss < bestLoss) (bestLoss, bestBeta) = (loss, beta);
        }
        return bestBeta;
    }

    private static int Predict(LanguageGroupModel model, string text)
    {
        var p = Probabilities(model, text);
        var best = 0;
        for (var i = 1; i < p.Length; i++) if (p[i] > p[best]) best = i;
        return best;
    }

    private static double[] Probabilities(LanguageGroupModel model, string text)
    {
        var buffer = new char[text.Length + 2];
        var length = NgramText.Normalize(text, buffer);
        var p = new double[model.Languages.Count];
        model.Classify(buffer.AsSpan(0, length), p);
        return p;
    }
}
