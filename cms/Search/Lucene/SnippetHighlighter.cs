using System.Net;
using System.Text;
using Lucene.Net.Analysis;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Highlighting without Lucene's Highlighter module (not available here): the stored text is re-analysed with the
/// field's analyzer, tokens whose term matched the query are located by their offsets, and the densest window is cut
/// out with the matches wrapped in <c>&lt;mark&gt;</c>. The rest of the text is HTML-escaped.
/// </summary>
internal static class SnippetHighlighter
{
    public const int WindowLength = 200;

    /// <summary>The marked title (when it matched) and the best body window (when it matched) of one hit.</summary>
    public static List<string> ForHit(LuceneAnalyzers analyzers, string title, string body, string locale, IReadOnlySet<global::Lucene.Net.Index.Term> terms)
    {
        var family = SearchLanguages.FamilyOf(locale);
        var analyzer = analyzers.For(family);
        var titleField = SearchDocumentFields.Title(family);
        var bodyField = SearchDocumentFields.Body(family);
        var phrasingsField = SearchDocumentFields.Phrasings(family);
        var wanted = terms.Where(t => t.Field == titleField || t.Field == bodyField || t.Field == phrasingsField)
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>(2);
        if (MarkAll(analyzer, titleField, title, wanted) is { } marked) result.Add(marked);
        if (BestWindow(analyzer, bodyField, body, wanted) is { } window) result.Add(window);
        return result;
    }

    /// <summary>The whole text with matches marked, or null when nothing matched.</summary>
    public static string? MarkAll(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = Matches(analyzer, field, text, terms);
        return matches.Count == 0 ? null : Render(text, 0, text.Length, matches);
    }

    /// <summary>The best window of about <see cref="WindowLength"/> characters, or null when nothing matched.</summary>
    public static string? BestWindow(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = Matches(analyzer, field, text, terms);
        if (matches.Count == 0) return null;
        var (bestStart, bestScore) = (0, -1);
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= WindowLength; j++) distinct.Add(matches[j].Term);
            if (distinct.Count > bestScore) (bestStart, bestScore) = (i, distinct.Count);
        }
        var anchor = matches[bestStart].Start;
        var start = Math.Max(0, anchor - 40);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, Math.Min(20, anchor - start));
            if (space >= 0) start = space + 1;
        }
        var end = Math.Min(text.Length, start + WindowLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(30, end - anchor));
            if (space > anchor) end = space;
        }
        var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
        var rendered = Render(text, start, end, inside);
        return (start > 0 ? "…" : "") + rendered + (end < text.Length ? "…" : "");
    }

    private static List<(string Term, int Start, int End)> Matches(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var result = new List<(string, int, int)>();
        if (terms.Count == 0 || text.Length == 0) return result;
        foreach (var token in LuceneAnalyzers.Analyze(analyzer, field, text))
        {
            if (!terms.Contains(token.Term) || token.End > text.Length || token.Start >= token.End) continue;
            // Bigram analyzers overlap: merge with the previous match instead of nesting marks.
            if (result.Count > 0 && token.Start < result[^1].Item3)
            {
                var last = result[^1];
                result[^1] = (last.Item1, last.Item2, Math.Max(last.Item3, token.End));
                continue;
            }
            result.Add((token.Term, token.Start, token.End));
        }
        return result;
    }

    private static string Render(string text, int start, int end, List<(string Term, int Start, int End)> matches)
    {
        var builder = new StringBuilder(end - start + matches.Count * 13);
        var at = start;
        foreach (var (_, s, e) in matches)
        {
            if (s < at || e > end) continue;
            builder.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        builder.Append(WebUtility.HtmlEncode(text[at..end]));
        return builder.ToString();
    }
}
