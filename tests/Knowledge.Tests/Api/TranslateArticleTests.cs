using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class TranslateArticleTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_create_needs_translation_drafts_and_say_no_provider_is_configured_when_none_is()
    {
        var client = app.Client();
        Assert.Equal("None", (await client.QueryAsync("{ translationProvider }")).GetProperty("translationProvider").GetString());
        var slug = "translate-" + Guid.NewGuid().ToString("n")[..8];
        var id = (await client.QueryAsync("mutation($s: String!) { createArticle(input: { slug: $s, locale: \"en\", title: \"Export data\", body: \"## Steps\\n\\nOpen **Reports** and use `Export`.\" }) { article { id } } }", new { s = slug }))
            .GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString();
        var job = (await client.QueryAsync("mutation($id: ID!) { translateArticle(input: { articleId: $id, targetLocales: [\"de\", \"ja\"] }) { job { id status } } }", new { id }))
            .GetProperty("translateArticle").GetProperty("job").GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? status = null;
        while (DateTime.UtcNow < deadline && status is not ("SUCCEEDED" or "FAILED"))
        {
            await Task.Delay(200);
            status = (await client.QueryAsync("query($id: ID!) { job(id: $id) { status } }", new { id = job })).GetProperty("job").GetProperty("status").GetString();
        }
        Assert.Equal("SUCCEEDED", status);
        var de = (await client.QueryAsync("query($s: String!) { article(slug: $s, locale: \"de\", preview: true) { resolvedLocale translationState markdown revisions: markdown } }", new { s = slug + "-de" }))
            .GetProperty("article");
        Assert.Equal("de", de.GetProperty("resolvedLocale").GetString());
        Assert.Equal("NEEDS_TRANSLATION", de.GetProperty("translationState").GetString());
        Assert.Contains("Open **Reports**", de.GetProperty("markdown").GetString());

        var bad = await client.PostAsync("mutation($id: ID!) { translateArticle(input: { articleId: $id, targetLocales: [\"xx-QQ-ZZ\"] }) { job { id } } }", new { id });
        Assert.Equal("VALIDATION", bad.FirstCode);
    }
}
