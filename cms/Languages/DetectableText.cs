using System.Text.RegularExpressions;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Removes what is not natural language before detection: fenced and indented code blocks, inline code, URLs, e-mail
/// addresses, file paths, stack-trace frames and log lines, and code identifiers (camelCase, snake_case, dotted.names).
/// An exception's message (<c>NullReferenceException: Object reference not set…</c>) stays: it is English prose.
/// </summary>
internal static partial class DetectableText
{
    public static string Clean(string text)
    {
        // Each pattern runs only when the text holds a character it needs: most short texts skip them all.
        if (text.Contains("```") || text.Contains("~~~")) text = FencedCode().Replace(text, "\n");
        text = RemoveCodeAndLogLines(text);
        if (text.Contains('`')) text = InlineCode().Replace(text, " ");
        if (text.Contains("://") || text.Contains("www.", StringComparison.OrdinalIgnoreCase)) text = Url().Replace(text, " ");
        if (text.Contains('@')) text = Email().Replace(text, " ");
        if (text.AsSpan().IndexOfAny('/', '\\') >= 0) text = FilePath().Replace(text, " ");
        if (HasIdentifierShape(text)) text = Identifier().Replace(text, " ");
        return text;
    }

    private static bool HasIdentifierShape(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '_' or '<') return true;
            if (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(text[i - 1])) return true;
            if (c == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])) return true;
        }
        return false;
    }

    private static string RemoveCodeAndLogLines(string text)
    {
        if (!text.Contains('\n') && !text.StartsWith("    ", StringComparison.Ordinal) && !text.StartsWith('\t'))
            return LogLine().IsMatch(text) ? "" : text;
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        var previousBlankOrCode = true;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var blank = line.Trim().Length == 0;
            // Markdown's rule: an indented line is code only after a blank line or another code line.
            var indentedCode = !blank && previousBlankOrCode && (line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'));
            var drop = indentedCode || (!blank && LogLine().IsMatch(line));
            if (!drop) kept.Add(line);
            previousBlankOrCode = blank || indentedCode || (drop && previousBlankOrCode);
        }
        return string.Join('\n', kept);
    }

    [GeneratedRegex(@"^[ \t]*(```|~~~)[^\n]*\n.*?(^[ \t]*\1[^\n]*$|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();

    // Windows (C:\…, \\server\…), absolute or home-relative Unix paths, and relative paths with two or more separators.
    [GeneratedRegex(@"(?:\b[A-Za-z]:[\\/]|\\\\)\S*|(?<![\w/])~?\.{0,2}/[\w.@-]+(?:/[\w.@-]*)*|\b[\w.-]+(?:[\\/][\w.@-]+){2,}")]
    private static partial Regex FilePath();

    // camelCase / PascalCase with an inner capital, snake_case, dotted.names (System.IO.File, config.json), <tags>.
    [GeneratedRegex(@"\b\w*[a-z]\w*[A-Z]\w*\b|\b\w+_\w+\b|\b\w+(?:\.\w+)+\b|</?[A-Za-z][^>\n]*>")]
    private static partial Regex Identifier();

    // Stack frames (.NET/Java "at a.b(…)", Python "File …, line n", JS "at f (file:1:2)"), trace markers and log lines.
    [GeneratedRegex(@"^\s*(?:at\s+[\w$<>`\[\],]+(?:\.[\w$<>`\[\],]+)+|at\s+\S+\s+\([^)]*:\d+:\d+\)|File\s+""[^""]*"",\s+line\s+\d+|Traceback \(most recent call last\)|--- End of|\.\.\.\s*\d+\s+more|\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d+|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[:\s])")]
    private static partial Regex LogLine();
}
