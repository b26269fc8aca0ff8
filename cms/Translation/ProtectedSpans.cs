using System.Text.RegularExpressions;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Finds what a translation must keep character for character inside prose: inline code, URLs (also link
/// destinations), <c>[KB:…]</c> references, e-mail addresses, <c>{{date:…}}</c>-style placeholders — and glossary terms, which keep or take their
/// preferred translation. Spans never overlap; the earliest (then longest) wins.
/// </summary>
internal static partial class ProtectedSpans
{
    public static IReadOnlyList<(int Start, int Length, string Replacement)> Find(string text, IReadOnlyList<GlossaryTerm> glossary)
    {
        var candidates = new List<(int Start, int Length, string Replacement)>();
        foreach (Match m in Verbatim().Matches(text)) candidates.Add((m.Index, m.Length, m.Value));
        foreach (var term in glossary)
        {
            if (string.IsNullOrWhiteSpace(term.Source)) continue;
            foreach (var index in Occurrences(text, term.Source, term.Comparison)) candidates.Add((index, term.Source.Length, term.Expected));
        }
        var result = new List<(int Start, int Length, string Replacement)>();
        var end = 0;
        foreach (var span in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Length))
        {
            if (span.Start < end) continue;
            result.Add(span);
            end = span.Start + span.Length;
        }
        return result;
    }

    /// <summary>Whole-word occurrences of a term (case-insensitive unless asked otherwise).</summary>
    public static IEnumerable<int> Occurrences(string text, string term, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text.IndexOf(term, from, comparison);
            if (index < 0) yield break;
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var after = index + term.Length >= text.Length || !char.IsLetterOrDigit(text[index + term.Length]);
            if (before && after) yield return index;
            from = index + Math.Max(1, term.Length);
        }
    }

    [GeneratedRegex(@"\{\{[a-z]+:[^{}\n]+\}\}|`[^`\n]+`|\[KB:[^\]\n]+\]|(?<=\]\()[^)\s]+|\b(?:https?|ftp)://[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Verbatim();
}
