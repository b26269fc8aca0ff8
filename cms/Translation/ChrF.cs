namespace Knowledge.Cms.Translation;

/// <summary>
/// chrF (Popović 2015): the F-score (β = 2, recall weighted) of character 1–6-grams, whitespace removed, averaged over
/// n. Used to compare a source with its back-translation: 1 = identical, around 0.5–0.7 = same meaning reworded.
/// </summary>
public static class ChrF
{
    private const int MaxOrder = 6;
    private const double Beta = 2;

    public static double Score(string reference, string hypothesis)
    {
        var r = Compact(reference);
        var h = Compact(hypothesis);
        if (r.Length == 0 || h.Length == 0) return r.Length == h.Length ? 1 : 0;
        double precision = 0, recall = 0;
        var orders = 0;
        for (var n = 1; n <= MaxOrder && n <= Math.Min(r.Length, h.Length); n++)
        {
            var referenceCounts = Counts(r, n);
            var hypothesisCounts = Counts(h, n);
            var matches = hypothesisCounts.Sum(p => Math.Min(p.Value, referenceCounts.GetValueOrDefault(p.Key)));
            precision += (double)matches / (h.Length - n + 1);
            recall += (double)matches / (r.Length - n + 1);
            orders++;
        }
        precision /= orders;
        recall /= orders;
        return precision + recall == 0 ? 0 : (1 + Beta * Beta) * precision * recall / (Beta * Beta * precision + recall);
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private static Dictionary<string, int> Counts(string text, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            var gram = text.Substring(i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }
}
