using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Compares the Markdown syntax trees (Markdig) of a source and its translation: the same blocks in the same order
/// (heading levels, list kinds and item counts, tables), identical code blocks, inline code, link targets and images.
/// Only the words may differ.
/// </summary>
public static class MarkdownStructure
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Differences in reading order; empty when the structure is preserved.</summary>
    public static IReadOnlyList<string> Differences(string source, string translation)
    {
        var expected = Signature(source);
        var actual = Signature(translation);
        var differences = new List<string>();
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "(nothing)";
            var a = i < actual.Count ? actual[i] : "(nothing)";
            if (e != a) differences.Add($"element {i + 1}: expected {e}, found {a}");
            if (differences.Count == 5) break; // the first differences locate the problem; the rest follow from them
        }
        return differences;
    }

    /// <summary>The structural elements of a document in reading order.</summary>
    public static IReadOnlyList<string> Signature(string markdown)
    {
        var elements = new List<string>();
        foreach (var node in Markdig.Markdown.Parse(markdown, Pipeline).Descendants())
        {
            switch (node)
            {
                case HeadingBlock h: elements.Add($"heading {h.Level}"); break;
                case ListBlock l: elements.Add($"{(l.IsOrdered ? "ordered" : "bullet")} list of {l.Count}"); break;
                case FencedCodeBlock f: elements.Add($"code block {f.Info}: {f.Lines}"); break;
                case CodeBlock c: elements.Add($"code block: {c.Lines}"); break;
                case QuoteBlock: elements.Add("quote"); break;
                case ThematicBreakBlock: elements.Add("rule"); break;
                case Markdig.Extensions.Tables.Table t: elements.Add($"table of {t.Count} rows"); break;
                case CodeInline c: elements.Add($"code `{c.Content}`"); break;
                case LinkInline { IsImage: true } i: elements.Add($"image {i.Url}"); break;
                case LinkInline l: elements.Add($"link {l.Url}"); break;
                case AutolinkInline a: elements.Add($"link {a.Url}"); break;
            }
        }
        return elements;
    }
}
