namespace Knowledge.Cms.Triage.Learning;

/// <summary>Per-class precision, recall and F1 on a held-back slice.</summary>
public sealed record ClassMetrics(string Label, int Support, double Precision, double Recall, double F1);

/// <summary>How a classifier did on a held-back slice.</summary>
public sealed record ClassifierEvaluation(int Count, double Accuracy, double MacroF1, IReadOnlyList<ClassMetrics> PerClass)
{
    public static ClassifierEvaluation Compute(IReadOnlyList<string> expected, IReadOnlyList<string> predicted)
    {
        if (expected.Count == 0) return new ClassifierEvaluation(0, 0, 0, []);
        var labels = expected.Distinct().Order(StringComparer.Ordinal).ToList();
        var perClass = new List<ClassMetrics>(labels.Count);
        foreach (var label in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < expected.Count; i++)
            {
                var isExpected = expected[i] == label;
                var isPredicted = predicted[i] == label;
                if (isExpected && isPredicted) tp++;
                else if (isPredicted) fp++;
                else if (isExpected) fn++;
            }
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(label, tp + fn, precision, recall, f1));
        }
        var correct = expected.Where((e, i) => e == predicted[i]).Count();
        return new ClassifierEvaluation(expected.Count, (double)correct / expected.Count, perClass.Average(c => c.F1), perClass);
    }
}
