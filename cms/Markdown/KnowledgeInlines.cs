using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Knowledge.Cms.Markdown;

/// <summary><c>[KB: slug]</c>: a link to another article, resolved in the reader's locale at render time.</summary>
public sealed class KbReferenceInline : LeafInline
{
    public required string Slug { get; init; }
}

/// <summary><c>[Screenshot: description]</c>: a placeholder figure for an image still to be added.</summary>
public sealed class ScreenshotInline : LeafInline
{
    public required string Description { get; init; }
}

/// <summary>Parses the two knowledge inlines before Markdig's link parser sees the bracket. Code spans are untouched.</summary>
internal sealed class KnowledgeInlineParser : InlineParser
{
    private const string Kb = "[KB:";
    private const string Screenshot = "[Screenshot:";

    public KnowledgeInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        string? prefix = text.StartsWith(Kb, StringComparison.Ordinal) ? Kb
            : text.StartsWith(Screenshot, StringComparison.OrdinalIgnoreCase) ? Screenshot : null;
        if (prefix is null) return false;
        var close = text.IndexOf(']');
        var newline = text.IndexOfAny('\n', '\r');
        if (close < 0 || (newline >= 0 && newline < close)) return false;
        var value = text[prefix.Length..close].Trim().ToString();
        if (value.Length == 0 || value.Length > 300) return false;
        var start = slice.Start;
        processor.Inline = prefix == Kb
            ? new KbReferenceInline { Slug = value.ToLowerInvariant(), Span = new(start, start + close) }
            : new ScreenshotInline { Description = value, Span = new(start, start + close) };
        slice.Start += close + 1;
        return true;
    }
}
