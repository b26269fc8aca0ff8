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
        // Each pattern runs only when the text holds a character it needs: most short texts skip them all. Everything
        // here is linear in the text length (the detectLanguage query is public), so token rules are plain code.
        if (text.Contains("```") || text.Contains("~~~")) text = FencedCode().Replace(text, "\n");
        text = RemoveCodeAndLogLines(text);
        if (text.Contains('`')) text = InlineCode().Replace(text, " ");
        if (text.Contains('<')) text = Tag().Replace(text, " ");
        return RemoveTechnicalTokens(text);
    }

    /// <summary>Drops tokens that are URLs, e-mail addresses, file paths or code identifiers.</summary>
    private static string RemoveTechnicalTokens(string text)
    {
        System.Text.StringBuilder? kept = null;
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsBreak(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && !IsBreak(text[i])) i++;
            if (!IsTechnical(text.AsSpan(start, i - start))) continue;
            kept ??= new System.Text.StringBuilder(text.Length);
            kept.Append(text, position, start - position).Append(' ');
            position = i;
        }
        return kept is null ? text : kept.Append(text, position, text.Length - position).ToString();
    }

    // Scripts written without spaces end a token too, so "iPhoneが起動しない" loses "iPhone", not the sentence.
    private static bool IsBreak(char c) =>
        char.IsWhiteSpace(c) || (c >= '\u0E00' && Scripts.Of(c) is Script.Han or Script.Kana or Script.Thai or Script.Hangul);

    private static bool IsTechnical(ReadOnlySpan<char> token)
    {
        if (token.Length < 3) return false;
        if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        var at = token.IndexOf('@');
        if (at > 0 && token[(at + 1)..].Contains('.')) return true; // e-mail address
        var separators = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (c is '/' or '\\') separators++;
            else if (c == '_' && k > 0 && k < token.Length - 1) return true; // snake_case
            else if (k > 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(token[k - 1])) return true; // camelCase
            else if (c == '.' && k > 0 && k < token.Length - 1 && char.IsLetterOrDigit(token[k - 1]) && char.IsLetterOrDigit(token[k + 1]))
                return true; // dotted.name, file.ext
        }
        if (separators >= 2) return true; // relative path with two or more separators ("und/oder" stays)
        if (separators == 1 && token.TrimStart("(\"'[").Length > 0 && token.TrimStart("(\"'[")[0] is '/' or '\\' or '~' or '.') return true;
        return token.Length >= 3 && char.IsAsciiLetter(token[0]) && token[1] == ':' && token[2] is '\\' or '/'; // C:\…
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

    [GeneratedRegex(@"</?[A-Za-z][^<>\n]{0,200}>")]
    private static partial Regex Tag();

    // Stack frames (.NET/Java "at a.b(…)", Python "File …, line n", JS "at f (file:1:2)"), trace markers and log lines.
    [GeneratedRegex(@"^\s*(?:at\s+[\w$<>`\[\],]+(?:\.[\w$<>`\[\],]+)+|at\s+\S+\s+\([^)]*:\d+:\d+\)|File\s+""[^""]*"",\s+line\s+\d+|Traceback \(most recent call last\)|--- End of|\.\.\.\s*\d+\s+more|\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d+|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[:\s])")]
    private static partial Regex LogLine();
}
