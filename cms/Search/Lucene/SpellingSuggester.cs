using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// "Did you mean": each query word that no public document contains is replaced by the closest indexed word (edit
/// distance ≤ 2, ties broken by how many documents use it). Candidates come from Lucene's Levenshtein automaton via
/// a fuzzy query rewrite, so no dictionary is kept besides the index itself.
/// </summary>
internal static class SpellingSuggester
{
    public static string? Suggest(IndexSearcher searcher, LuceneAnalyzers analyzers, string text)
    {
        var field = SearchDocumentFields.Spell;
        var tokens = LuceneAnalyzers.Analyze(analyzers.Spelling, field, text);
        if (tokens.Count == 0) return null;
        var reader = searcher.IndexReader;
        var changed = false;
        var words = new List<string>();
        foreach (var (term, _, _, _) in tokens)
        {
            if (term.Length < 3 || reader.DocFreq(new Term(field, term)) > 0 || term.Any(char.IsDigit))
            {
                words.Add(term);
                continue;
            }
            var best = Closest(searcher, field, term);
            if (best is null) words.Add(term);
            else
            {
                words.Add(best);
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }

    private static string? Closest(IndexSearcher searcher, string field, string term)
    {
        var fuzzy = new FuzzyQuery(new Term(field, term), term.Length >= 6 ? 2 : 1, 1, 30, true);
        var extracted = new HashSet<Term>();
        searcher.Rewrite(fuzzy).ExtractTerms(extracted);
        return extracted
            .Select(t => (Text: t.Text, Distance: Distance(term, t.Text), Frequency: searcher.IndexReader.DocFreq(t)))
            .Where(c => c.Text != term)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Frequency).ThenBy(c => c.Text, StringComparer.Ordinal)
            .Select(c => c.Text).FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
