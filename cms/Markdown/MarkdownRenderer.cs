using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Knowledge.Cms.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark + pipe tables, task lists, heading ids, autolinks, callouts (<c>:::note</c>,
/// <c>:::warning</c>, <c>:::tip</c>) and the knowledge inlines; then HtmlSanitizer. Pure: the same input gives the same
/// output, so results are cached per revision by <see cref="MarkdownCache"/>.
/// Markdig escapes all text and attributes itself, so the only ways active content can enter are raw HTML and link
/// targets: every link/image/autolink target is checked against <see cref="UrlPolicy"/> in the syntax tree, and the
/// HTML sanitizer runs on every document that contains raw HTML (see docs/decisions/ADR-0010-markdown-safety.md).
/// </summary>
public sealed class MarkdownRenderer
{
    internal const string ExternalRel = "noopener noreferrer nofollow";

    private readonly MarkdownPipeline pipeline;
    private readonly HtmlSanitizer sanitizer;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseCustomContainers()
            .UseEmphasisExtras();
        builder.InlineParsers.InsertBefore<Markdig.Parsers.Inlines.LinkInlineParser>(new KnowledgeInlineParser());
        pipeline = builder.Build();
        sanitizer = HtmlPolicy.Create();
    }

    /// <param name="markdown">Revision body.</param>
    /// <param name="resolve">Finds a [KB: slug] target in the reader's locale; null marks it broken.</param>
    public RenderedMarkdown Render(string markdown, Func<string, KbTarget?> resolve)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var (hasRawHtml, toc) = Walk(document);
        var broken = new List<string>();
        using var writer = new StringWriter(new StringBuilder(markdown.Length + markdown.Length / 3));
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new KbReferenceRenderer(resolve, broken));
        renderer.ObjectRenderers.Insert(0, new ScreenshotRenderer());
        renderer.Render(document);
        writer.Flush();
        var html = hasRawHtml ? sanitizer.Sanitize(writer.ToString()) : writer.ToString();
        return new RenderedMarkdown(html, toc, broken.Distinct().ToList(), () => PlainText(Markdig.Markdown.Parse(markdown, pipeline), markdown.Length));
    }

    /// <summary>
    /// One pass over the syntax tree: neutralises unsafe link targets, notes raw HTML (then the sanitizer must run) and
    /// collects the table of contents.
    /// </summary>
    private static (bool RawHtml, List<TocEntry> Toc) Walk(MarkdownDocument document)
    {
        var rawHtml = false;
        var toc = new List<TocEntry>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock:
                case HtmlInline:
                    rawHtml = true;
                    break;
                case HeadingBlock heading:
                    var title = InlineText(heading.Inline);
                    var anchor = heading.GetAttributes().Id;
                    if (anchor is { Length: > 0 } && title.Length > 0) toc.Add(new TocEntry(title, anchor, heading.Level));
                    break;
                case LinkInline link when !UrlPolicy.IsSafe(link.Url):
                    link.Url = "#";
                    link.Reference = null;
                    break;
                case LinkInline { IsImage: false } link when UrlPolicy.IsExternal(link.Url):
                    link.GetAttributes().AddProperty("rel", ExternalRel);
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsSafe(autolink.Url):
                    autolink.Url = "#";
                    break;
                case AutolinkInline autolink when UrlPolicy.IsExternal(autolink.Url):
                    autolink.GetAttributes().AddProperty("rel", ExternalRel);
                    break;
            }
        }
        return (rawHtml, toc);
    }

    /// <summary>The text of a document without markup: blocks on their own lines, code kept, links by their text.</summary>
    private static string PlainText(MarkdownDocument document, int capacity)
    {
        var text = new StringBuilder(capacity);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock:
                case LeafBlock when node is not CodeBlock:
                    NewLine(text);
                    break;
                case CodeBlock code:
                    NewLine(text);
                    for (var i = 0; i < code.Lines.Count; i++) text.Append(code.Lines.Lines[i].Slice.AsSpan()).Append('\n');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.ContentSpan);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case KbReferenceInline kb:
                    text.Append(kb.Slug);
                    break;
                case ScreenshotInline screenshot:
                    text.Append(screenshot.Description);
                    break;
            }
        }
        return text.ToString().Trim();
    }

    private static void NewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
    }

    private static string InlineText(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case KbReferenceInline kb: text.Append(kb.Slug); break;
                case ScreenshotInline screenshot: text.Append(screenshot.Description); break;
                case AutolinkInline link: text.Append(link.Url); break;
            }
        }
        return text.ToString().Trim();
    }

    internal static string Excerpt(string plain, int length = 200)
    {
        var excerpt = new StringBuilder(length + 1);
        var space = false;
        foreach (var c in plain)
        {
            if (char.IsWhiteSpace(c)) { space = excerpt.Length > 0; continue; }
            if (space) excerpt.Append(' ');
            space = false;
            excerpt.Append(c);
            if (excerpt.Length < length) continue;
            var text = excerpt.ToString();
            var cut = text.LastIndexOf(' ');
            return text[..(cut > length / 2 ? cut : length)] + "…";
        }
        return excerpt.ToString();
    }

    /// <summary>About 200 words a minute; CJK text counts about 500 characters a minute.</summary>
    internal static int ReadingTime(string plain)
    {
        int words = 0, cjk = 0;
        var inWord = false;
        foreach (var c in plain)
        {
            if (c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uac00' and <= '\ud7af') { cjk++; inWord = false; continue; }
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!inWord) words++;
            inWord = true;
        }
        return Math.Max(1, (int)Math.Ceiling(words / 200.0 + cjk / 500.0));
    }
}
