using System.Text.Json;
using Knowledge.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Knowledge.Tests.HelpCenter;

/// <summary>The help center (api/wwwroot) in a real headless chromium against the real api on a loopback port.</summary>
public sealed class HelpCenterBrowserTests(HelpCenterFixture fixture) : IClassFixture<HelpCenterFixture>
{
    private const string Article = "query($s: String!, $l: String!) { article(slug: $s, locale: $l) { title resolvedLocale toc { title } } }";
    private readonly List<string> pageErrors = [];

    private async Task<IPage> OpenAsync(string path, Func<IPage, Task>? beforeLoad = null)
    {
        var page = await fixture.NewPageAsync(pageErrors);
        if (beforeLoad is not null) await beforeLoad(page);
        await page.GotoAsync(path);
        await Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);
        return page;
    }

    private async Task<JsonElement> ReadArticleAsync(string slug, string locale) =>
        (await fixture.App.Anonymous().QueryAsync(Article, new { s = slug, l = locale })).GetProperty("article");

    [SkippableFact]
    public async Task Should_render_the_german_title_and_toc_when_german_is_selected()
    {
        var expected = await ReadArticleAsync("reset-your-password", "de");
        Assert.Equal("de", expected.GetProperty("resolvedLocale").GetString());
        var page = await OpenAsync("/#/article/reset-your-password");

        await page.GetByLabel("Language").SelectOptionAsync("de");

        await Expect(page.Locator("#article-title")).ToHaveTextAsync(expected.GetProperty("title").GetString()!);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        var tocTitles = expected.GetProperty("toc").EnumerateArray().Select(t => t.GetProperty("title").GetString()!).ToArray();
        Assert.True(tocTitles.Length >= 3);
        await Expect(page.Locator("#toc-list a")).ToHaveTextAsync(tocTitles);
        await Expect(page.Locator("#fallback-notice")).ToBeHiddenAsync();
        await Expect(page.Locator("#toc-title")).ToHaveTextAsync("Auf dieser Seite");
        // Every TOC entry points at a heading that exists in the rendered body.
        foreach (var href in await page.Locator("#toc-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            Assert.Equal(1, await page.Locator("#article-body").Locator($"[id='{href[1..]}']").CountAsync());
        await HelpCenterFixture.ScreenshotAsync(page, "article-de");
        Assert.Empty(pageErrors);
    }

    [SkippableFact]
    public async Task Should_show_english_with_a_fallback_notice_when_portuguese_is_selected()
    {
        var english = await ReadArticleAsync("reset-your-password", "en");
        var page = await OpenAsync("/#/");

        await page.GetByLabel("Language").SelectOptionAsync("pt-BR");
        await page.GotoAsync("/#/article/reset-your-password");

        await Expect(page.Locator("#article-title")).ToHaveTextAsync(english.GetProperty("title").GetString()!);
        await Expect(page.Locator("#article-title")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#fallback-notice")).ToBeVisibleAsync();
        // The interface speaks the visitor's language; the notice names both languages in it.
        await Expect(page.Locator("#fallback-notice")).ToHaveTextAsync("Não disponível em português (Brasil); exibindo em inglês.");
        await Expect(page.Locator("#toc-title")).ToHaveTextAsync("Nesta página");
        await HelpCenterFixture.ScreenshotAsync(page, "article-pt-BR-fallback");
        Assert.Empty(pageErrors);
    }

    [SkippableFact]
    public async Task Should_switch_the_page_to_right_to_left_when_arabic_or_hebrew_is_selected()
    {
        var page = await OpenAsync("/#/");
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");

        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("#articles li").First).ToBeVisibleAsync();
        await HelpCenterFixture.ScreenshotAsync(page, "home-ar");

        await Expect(page.Locator("#home-title")).ToHaveTextAsync("كيف يمكننا مساعدتك؟");
        await page.GetByLabel("اللغة").SelectOptionAsync("he");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await page.Locator("#locale").SelectOptionAsync("en");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");
        Assert.True(await page.Locator("#locale option").CountAsync() >= 14);
        Assert.Empty(pageErrors);
    }

    [SkippableFact]
    public async Task Should_not_execute_script_when_an_article_body_is_hostile()
    {
        var slug = "hostile-" + Guid.NewGuid().ToString("n")[..8];
        const string body = "## Hostile\n\n<img src=x onerror=\"window.__xss=1\">\n\n[x](javascript:window.__xss=1)\n\nThe end.";
        var created = await fixture.App.Client().QueryAsync(
            "mutation($input: CreateArticleInput!) { createArticle(input: $input) { article { id } } }",
            new { input = new { slug, locale = "en", title = "Hostile " + slug, body } });
        var id = created.GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString();
        await fixture.App.Client().QueryAsync(
            "mutation($input: PublishArticleInput!) { publishArticle(input: $input) { revision } }",
            new { input = new { articleId = id, locale = "en" } });

        var page = await OpenAsync("/#/article/" + slug);
        await Expect(page.Locator("#article-title")).ToHaveTextAsync("Hostile " + slug);
        await Expect(page.Locator("#article-body")).ToContainTextAsync("The end.");
        var link = page.Locator("#article-body a", new() { HasTextString = "x" });
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();
        // Long enough for an image error event or a navigation to have run.
        await page.WaitForTimeoutAsync(500);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Equal(0, await page.Locator("[onerror], a[href^='javascript:' i]").CountAsync());
    }

    [SkippableFact]
    public async Task Should_narrow_the_results_when_a_visitor_searches()
    {
        var page = await OpenAsync("/#/");
        await Expect(page.Locator("#articles li").First).ToBeVisibleAsync();
        await page.GetByLabel("Search the help center").FillAsync("password");
        await page.GetByLabel("Search the help center").PressAsync("Enter");

        // The real search engine answers: the reset article first, with a highlighted snippet.
        await Expect(page.Locator("#search-status")).ToContainTextAsync("password");
        await Expect(page.Locator("#search-results li a").First).ToHaveTextAsync("Reset your password");
        await Expect(page.Locator("#search-results .snippet mark").First).ToBeVisibleAsync();
        await HelpCenterFixture.ScreenshotAsync(page, "search");
        Assert.Empty(pageErrors);
    }

    [SkippableFact]
    public async Task Should_show_search_results_with_highlights_as_text_when_the_schema_has_search()
    {
        // Hardening of the page itself: even a hostile highlight from the server is shown as text (only <mark> kept).
        // The two search requests are answered in the browser; every other request goes to the real api.
        const string capabilities = """{"data":{"__schema":{"queryType":{"fields":[{"name":"articles"},{"name":"search"}]}}}}""";
        const string results = """
            {"data":{"search":{"totalCount":1,"suggestion":null,"edges":[{"node":{"score":1.5,
              "highlights":["Select <mark>Forgot password</mark>? <img src=x onerror=\"window.__xss=1\">"],
              "article":{"slug":"reset-your-password","title":"Reset your password"}}}]}}}
            """;
        var page = await OpenAsync("/#/", page => page.RouteAsync("**/graphql", async route =>
        {
            var body = route.Request.PostData ?? "";
            if (body.Contains("__schema")) await route.FulfillAsync(new() { ContentType = "application/json", Body = capabilities });
            else if (body.Contains("search(")) await route.FulfillAsync(new() { ContentType = "application/json", Body = results });
            else await route.ContinueAsync();
        }));
        await Expect(page.Locator("#search-mode")).ToHaveTextAsync("Searches titles and text of every article.");

        await page.GetByLabel("Search the help center").FillAsync("forgot password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("Results for “forgot password”: 1.");
        await Expect(page.Locator("#search-results li a")).ToHaveTextAsync("Reset your password");
        await Expect(page.Locator("#search-results .snippet mark")).ToHaveTextAsync("Forgot password");
        Assert.Equal(0, await page.Locator("#search-results img").CountAsync());
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        await page.Locator("#search-results li a").ClickAsync();
        await Expect(page.Locator("#article-title")).ToHaveTextAsync("Reset your password");
        Assert.Empty(pageErrors);
    }

    [SkippableFact]
    public async Task Should_show_responses_as_text_when_the_explorer_runs_a_query()
    {
        var page = await OpenAsync("/explorer.html");
        await page.GetByLabel("Query").FillAsync("{ viewer { role } } # <img src=x onerror=\"window.__xss=1\">\n{ <img src=x onerror=\"window.__xss=1\"> }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();

        await Expect(page.Locator("#response-status")).ToContainTextAsync("HTTP");
        await Expect(page.Locator("#response")).ToContainTextAsync("errors");
        Assert.Equal(0, await page.Locator("#response *").CountAsync());

        await page.GetByLabel("Query").FillAsync("query($s: String!) { article(slug: $s, locale: \"en\") { slug } }");
        await page.GetByLabel("Variables (JSON)").FillAsync("{\"s\": \"reset-your-password\"}");
        await page.GetByLabel("API key (optional)").FillAsync(KnowledgeApp.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await Expect(page.Locator("#response")).ToContainTextAsync("\"slug\": \"reset-your-password\"");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
    }
}
