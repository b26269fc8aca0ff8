using Knowledge.Cms.Markdown;

namespace Knowledge.Tests.Cms;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static RenderedMarkdown Render(string markdown) =>
        Renderer.Render(markdown, slug => slug == "unlock-your-account" ? new KbTarget("konto-entsperren", "Konto entsperren", "de") : null);

    public static TheoryData<string> XssVectors => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\"/>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math href=\"javascript:alert(1)\">CLICK</math>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html,<script>alert(1)</script>)",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x](<javascript:alert(1)>)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<form action=javascript:alert(1)><button>x</button></form>",
        "<<script>script>alert(1)<</script>/script>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=`x` onerror=alert(1)>",
        "<p title=\"</p><img src=x onerror=alert(1)>\">x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "[KB: <script>alert(1)</script>]",
        "[Screenshot: <img src=x onerror=alert(1)>]",
        "&lt;script&gt;alert(1)&lt;/script&gt; <b onmouseover=alert(1)>x</b>",
    };

    [Theory]
    [MemberData(nameof(XssVectors))]
    public void Should_strip_active_content_when_markdown_carries_an_xss_vector(string vector)
    {
        var html = Render("Intro\n\n" + vector + "\n\nOutro").Html;
        // Parse the output as a browser would and inspect the DOM, not the text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!doctype html><body>" + html);
        string[] forbidden = ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "meta", "base", "link", "frame", "button", "textarea", "select"];
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, forbidden);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.LocalName} in {html}");
                Assert.NotEqual("style", attribute.LocalName);
                if (attribute.LocalName is "href" or "src" or "action" or "background" or "formaction" or "xlink:href")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Assert.True(value.StartsWith("http:") || value.StartsWith("https:") || value.StartsWith("mailto:") || value.StartsWith('/') || value.StartsWith('#') || !value.Contains(':'),
                        $"unsafe URL '{attribute.Value}' in {html}");
                }
            }
        }
        Assert.DoesNotContain("alert(1)", document.Body.QuerySelectorAll("script,style").Select(e => e.TextContent));
    }

    [Fact]
    public void Should_render_tables_task_lists_heading_ids_and_a_toc()
    {
        var result = Render("# Reset\n\n## Before you start\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n### Still locked out?\n\nSee https://lumen.example/help");
        Assert.Contains("<table>", result.Html);
        Assert.Contains("type=\"checkbox\"", result.Html);
        Assert.Contains("id=\"before-you-start\"", result.Html);
        Assert.Contains("<a href=\"https://lumen.example/help\" rel=\"noopener noreferrer nofollow\">", result.Html);
        Assert.Equal(["Reset", "Before you start", "Still locked out?"], result.Toc.Select(t => t.Title));
        Assert.Equal(["reset", "before-you-start", "still-locked-out"], result.Toc.Select(t => t.Anchor));
        Assert.Equal([1, 2, 3], result.Toc.Select(t => t.Level));
    }

    [Fact]
    public void Should_resolve_kb_references_in_the_readers_locale_and_report_broken_ones()
    {
        var result = Render("Try [KB: unlock-your-account] or [KB: no-such-article].\n\n`[KB: in-code]` stays code.");
        Assert.Contains("href=\"/kb/de/konto-entsperren\"", result.Html);
        Assert.Contains(">Konto entsperren</a>", result.Html);
        Assert.Equal(["no-such-article"], result.BrokenLinks);
        Assert.Contains("<code>[KB: in-code]</code>", result.Html);
    }

    [Fact]
    public void Should_render_screenshots_and_callouts()
    {
        var result = Render("[Screenshot: The sign-in page]\n\n:::warning\nLinks expire after 60 minutes.\n:::\n");
        Assert.Contains("class=\"screenshot-placeholder\"", result.Html);
        Assert.Contains("The sign-in page", result.Html);
        Assert.Contains("<div class=\"warning\">", result.Html);
    }

    [Fact]
    public void Should_produce_plain_text_excerpt_and_reading_time()
    {
        var body = "# Title\n\n" + string.Join(' ', Enumerable.Repeat("word", 450)) + "\n\n```\ncode line\n```";
        var result = Render(body);
        Assert.StartsWith("Title", result.PlainText);
        Assert.DoesNotContain("#", result.PlainText);
        Assert.True(result.Excerpt.Length <= 201);
        Assert.EndsWith("…", result.Excerpt);
        Assert.Equal(3, result.ReadingTimeMinutes);
    }
}
