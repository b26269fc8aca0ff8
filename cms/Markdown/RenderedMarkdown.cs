namespace Knowledge.Cms.Markdown;

/// <summary>
/// Everything a reader needs from one revision's Markdown, cached per revision. The HTML, TOC and broken links come
/// from the render; plain text, excerpt and reading time are derived on first use (few requests ask for them).
/// </summary>
public sealed class RenderedMarkdown(string html, IReadOnlyList<TocEntry> toc, IReadOnlyList<string> brokenLinks, Func<string> plainText)
{
    private readonly Lazy<string> plain = new(plainText);
    private string? excerpt;
    private int? readingTime;

    public string Html { get; } = html;
    public IReadOnlyList<TocEntry> Toc { get; } = toc;
    public IReadOnlyList<string> BrokenLinks { get; } = brokenLinks;
    public string PlainText => plain.Value;
    public string Excerpt => excerpt ??= MarkdownRenderer.Excerpt(PlainText);
    public int ReadingTimeMinutes => readingTime ??= MarkdownRenderer.ReadingTime(PlainText);
}

/// <summary>A heading of the table of contents.</summary>
public sealed record TocEntry(string Title, string Anchor, int Level);

/// <summary>Where a <c>[KB: slug]</c> reference points in the reader's locale.</summary>
public sealed record KbTarget(string Slug, string Title, string Locale);
