using System.Text.RegularExpressions;

namespace Knowledge.Cms.Search;

/// <summary>Markdown to the plain text that is indexed and highlighted (markup characters would only add noise).</summary>
public static partial class MarkdownText
{
    public static string ToPlain(string markdown)
    {
        var text = FencePattern().Replace(markdown, " ");
        text = ImagePattern().Replace(text, "$1");
        text = LinkPattern().Replace(text, "$1");
        text = HtmlTagPattern().Replace(text, " ");
        text = HeadingPattern().Replace(text, "");
        text = ListMarkerPattern().Replace(text, "");
        text = EmphasisPattern().Replace(text, "");
        text = SpacePattern().Replace(text, " ");
        return text.Trim();
    }

    [GeneratedRegex(@"^\s*```[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"</?[a-zA-Z][^>]{0,200}>")]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+\.)\s+", RegexOptions.Multiline)]
    private static partial Regex ListMarkerPattern();

    [GeneratedRegex(@"(\*\*|__|`|~~)")]
    private static partial Regex EmphasisPattern();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex SpacePattern();
}
