namespace Knowledge.Cms.Translation;

/// <summary>A piece of a Markdown document: prose to translate, or verbatim text (code blocks, blank lines) to keep.</summary>
internal sealed record MarkdownSegment(string Text, bool Translatable)
{
    /// <summary>
    /// Splits Markdown into blocks. Fenced code blocks and indented code stay verbatim, so no provider ever sees them;
    /// each run of prose lines between blank lines is one translatable block (its inline code and links are protected
    /// separately). Joining the texts of all segments gives back the input exactly.
    /// </summary>
    public static IReadOnlyList<MarkdownSegment> Split(string markdown)
    {
        var segments = new List<MarkdownSegment>();
        var lines = markdown.Split('\n');
        var current = new System.Text.StringBuilder();
        bool? currentTranslatable = null;
        string? fence = null;
        var previousBlank = true;
        var inIndentedCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i] + (i < lines.Length - 1 ? "\n" : "");
            var trimmed = lines[i].TrimStart();
            bool translatable;
            if (fence is not null)
            {
                translatable = false;
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                translatable = false;
            }
            else if (lines[i].Trim().Length == 0) translatable = false;
            else
            {
                var indented = lines[i].StartsWith("    ", StringComparison.Ordinal) || lines[i].StartsWith('\t');
                inIndentedCode = indented && (previousBlank || inIndentedCode); // Markdown: indented code starts after a blank line
                translatable = !inIndentedCode;
            }
            previousBlank = lines[i].Trim().Length == 0;
            if (currentTranslatable is not null && currentTranslatable != translatable)
            {
                segments.Add(new MarkdownSegment(current.ToString(), currentTranslatable.Value));
                current.Clear();
            }
            currentTranslatable = translatable;
            current.Append(line);
        }
        if (current.Length > 0) segments.Add(new MarkdownSegment(current.ToString(), currentTranslatable ?? false));
        return segments;
    }

    /// <summary>The translation with the source's leading and trailing whitespace: providers trim, Markdown blocks need their line breaks.</summary>
    public static string WithOuterWhitespaceOf(string source, string translation)
    {
        var lead = source[..(source.Length - source.TrimStart().Length)];
        var tail = source[source.TrimEnd().Length..];
        return lead + translation.Trim() + tail;
    }
}
