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
/// </summary>
public sealed class MarkdownRenderer
{
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
        var broken = new List<string>();
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new KbReferenceRenderer(resolve, broken));
        renderer.ObjectRenderers.Insert(0, new ScreenshotRenderer());
        renderer.Render(document);
        writer.Flush();
        var html = sanitizer.Sanitize(writer.ToString());
        var plain = PlainText(document);
        return new RenderedMarkdown(html, plain, Excerpt(plain), Toc(document), ReadingTime(plain), broken.Distinct().ToList());
    }

    private static IReadOnlyList<TocEntry> Toc(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Select(h => new TocEntry(InlineText(h.Inline), h.GetAttributes().Id ?? "", h.Level))
            .Where(t => t.Anchor.Length > 0 && t.Title.Length > 0)
            .ToList();

    private static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock code)
            {
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count)) text.Append(line.Slice.ToString()).Append('\n');
            }
            else if (block.Inline is not null)
            {
                text.Append(InlineText(block.Inline));
            }
            text.Append('\n');
        }
        return text.ToString().Trim();
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

    private static string Excerpt(string plain, int length = 200)
    {
        var flat = string.Join(' ', plain.Split(['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length) return flat;
        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }

    /// <summary>About 200 words a minute; CJK text counts about 500 characters a minute.</summary>
    private static int ReadingTime(string plain)
    {
        var words = plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var cjk = plain.Count(c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uac00' and <= '\ud7af');
        var minutes = words / 200.0 + cjk / 500.0;
        return Math.Max(1, (int)Math.Ceiling(minutes));
    }
}
