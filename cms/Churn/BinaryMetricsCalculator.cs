namespace Knowledge.Cms.Churn;

/// <summary>ROC-AUC (rank statistic), PR-AUC (average precision), accuracy and F1 at a threshold.</summary>
public static class BinaryMetricsCalculator
{
    public static BinaryMetrics Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold = 0.5)
    {
        var n = scores.Count;
        var positives = labels.Count(l => l);
        var negatives = n - positives;
        var order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
        // Mann-Whitney U with average ranks for ties.
        double rankSum = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            var averageRank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) if (labels[order[k]]) rankSum += averageRank;
            i = j + 1;
        }
        var rocAuc = positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
        // Average precision over the ranking, best score first.
        double truePositives = 0, precisionSum = 0;
        var descending = order.Reverse().ToArray();
        for (var rank = 0; rank < n; rank++)
        {
            if (!labels[descending[rank]]) continue;
            truePositives++;
            precisionSum += truePositives / (rank + 1);
        }
        var prAuc = positives == 0 ? double.NaN : precisionSum / positives;
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (var i = 0; i < n; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted == labels[i]) correct++;
            if (predicted && labels[i]) tp++;
            else if (predicted) fp++;
            else if (labels[i]) fn++;
        }
        var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new BinaryMetrics(rocAuc, prAuc, (double)correct / n, f1, n, positives);
    }
}
