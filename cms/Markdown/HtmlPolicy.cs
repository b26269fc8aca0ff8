using Ganss.Xss;

namespace Knowledge.Cms.Markdown;

/// <summary>
/// What rendered articles may contain: structural HTML only — no script/style/iframe/object/form, no event
/// handlers, no javascript:/data:/vbscript: URLs (images too: screenshots are placeholders, not inline data), no inline styles.
/// </summary>
internal static class HtmlPolicy
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "s", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ];

    private static readonly string[] Attributes =
    [
        "href", "hreflang", "src", "alt", "title", "id", "class", "role", "aria-label", "colspan", "rowspan", "align", "start",
        "type", "checked", "disabled",
    ];

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
        });
        // Text inside removed formatting tags is kept; the source of scripts and style sheets is not.
        sanitizer.KeepChildNodes = true;
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "template" or "noscript" or "textarea" or "title") e.Tag.TextContent = "";
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not AngleSharp.Dom.IElement element) return;
            switch (element.LocalName)
            {
                // Task-list checkboxes only, and read-only.
                case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                    element.Remove();
                    break;
                case "input":
                    element.SetAttribute("disabled", "disabled");
                    break;
                case "a" when UrlPolicy.IsExternal(element.GetAttribute("href")):
                    element.SetAttribute("rel", MarkdownRenderer.ExternalRel);
                    break;
            }
        };
        sanitizer.AllowedAttributes.Add("rel");
        return sanitizer;
    }
}
