namespace Knowledge.Cms.Articles;

/// <summary>A line of a diff between two revisions.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>How a line changed.</summary>
public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>Paragraph/line diff by longest common subsequence (articles are small; inputs are capped).</summary>
public static class TextDiff
{
    private const int MaxCells = 4_000_000;

    /// <summary>Lines of Markdown compared as units; blank lines separate paragraphs.</summary>
    public static IReadOnlyList<DiffLine> Lines(string before, string after) =>
        Diff(Split(before), Split(after));

    /// <summary>Paragraphs (blank-line separated blocks) compared as units, for "what changed in the source".</summary>
    public static IReadOnlyList<DiffLine> Paragraphs(string before, string after) =>
        Diff(Paragraphs(before), Paragraphs(after));

    private static string[] Split(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static string[] Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    private static List<DiffLine> Diff(string[] a, string[] b)
    {
        // Common prefix and suffix first: typical edits touch a few lines.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) { endA--; endB--; }
        var result = a.Take(start).Select(l => new DiffLine(DiffKind.Unchanged, l)).ToList();
        var n = endA - start;
        var m = endB - start;
        if ((long)n * m > MaxCells)
        {
            result.AddRange(a[start..endA].Select(l => new DiffLine(DiffKind.Removed, l)));
            result.AddRange(b[start..endB].Select(l => new DiffLine(DiffKind.Added, l)));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
                for (var j = m - 1; j >= 0; j--)
                    lcs[i, j] = a[start + i] == b[start + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[start + x] == b[start + y]) { result.Add(new(DiffKind.Unchanged, a[start + x])); x++; y++; }
                else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) { result.Add(new(DiffKind.Added, b[start + y])); y++; }
                else { result.Add(new(DiffKind.Removed, a[start + x])); x++; }
            }
        }
        result.AddRange(a[endA..].Select(l => new DiffLine(DiffKind.Unchanged, l)));
        return result;
    }
}
