using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Knowledge.Cms.Markdown;

/// <summary>Renders [KB: slug] as a link in the reader's locale (or a marked broken reference) through the resolver.</summary>
internal sealed class KbReferenceRenderer(Func<string, KbTarget?> resolve, ICollection<string> broken) : HtmlObjectRenderer<KbReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, KbReferenceInline inline)
    {
        var target = resolve(inline.Slug);
        if (target is null)
        {
            broken.Add(inline.Slug);
            renderer.Write("<span class=\"kb-link kb-link-broken\">").WriteEscape(inline.Slug).Write("</span>");
            return;
        }
        renderer.Write("<a class=\"kb-link\" href=\"/kb/").WriteEscapeUrl(target.Locale).Write('/').WriteEscapeUrl(target.Slug)
            .Write("\" hreflang=\"").WriteEscape(target.Locale).Write("\">").WriteEscape(target.Title).Write("</a>");
    }
}

/// <summary>Renders [Screenshot: description] as a figure placeholder.</summary>
internal sealed class ScreenshotRenderer : HtmlObjectRenderer<ScreenshotInline>
{
    protected override void Write(HtmlRenderer renderer, ScreenshotInline inline) =>
        renderer.Write("<span class=\"screenshot-placeholder\" role=\"img\" aria-label=\"").WriteEscape(inline.Description).Write("\">")
            .WriteEscape(inline.Description).Write("</span>");
}
