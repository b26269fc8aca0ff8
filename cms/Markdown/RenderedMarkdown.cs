namespace Knowledge.Cms.Markdown;

/// <summary>Everything a reader needs from one revision's Markdown, computed once and cached.</summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    string Excerpt,
    IReadOnlyList<TocEntry> Toc,
    int ReadingTimeMinutes,
    IReadOnlyList<string> BrokenLinks);

/// <summary>A heading of the table of contents.</summary>
public sealed record TocEntry(string Title, string Anchor, int Level);

/// <summary>Where a <c>[KB: slug]</c> reference points in the reader's locale.</summary>
public sealed record KbTarget(string Slug, string Title, string Locale);
