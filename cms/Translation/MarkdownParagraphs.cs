namespace Knowledge.Cms.Translation;

/// <summary>
/// A Markdown document as paragraphs: blocks separated by blank lines, a fenced code block always one paragraph
/// (blank lines inside it do not split it). The unit of incremental re-translation: a paragraph whose source did not
/// change keeps its translation byte for byte.
/// </summary>
public static class MarkdownParagraphs
{
    public static IReadOnlyList<string> Split(string markdown)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        string? fence = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))) fence = trimmed[..3];
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
            current.Add(line);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(string.Join('\n', current).TrimEnd());
            current.Clear();
        }
    }

    /// <summary>Paragraphs joined by one blank line, with a final line break when the source had one.</summary>
    public static string Join(IEnumerable<string> paragraphs, bool finalNewline) =>
        string.Join("\n\n", paragraphs) + (finalNewline ? "\n" : "");

    /// <summary>
    /// For each paragraph of <paramref name="after"/>, the index of the identical paragraph of <paramref name="before"/>
    /// it corresponds to (longest common subsequence), or -1 for a new or changed paragraph.
    /// </summary>
    public static int[] Match(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var n = before.Count;
        var m = after.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = before[i] == after[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var match = Enumerable.Repeat(-1, m).ToArray();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (before[x] == after[y]) { match[y] = x; x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) x++;
            else y++;
        }
        return match;
    }
}
