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

    [Fact]
    public async Task Should_mark_exactly_the_changed_paragraphs_when_a_stale_translation_is_redrafted_without_a_provider()
    {
        var client = app.Client();
        var slug = "stale-" + Guid.NewGuid().ToString("n")[..8];
        var id = (await client.QueryAsync("mutation($s: String!) { createArticle(input: { slug: $s, locale: \"en\", title: \"Export\", body: \"Open the settings.\\n\\nChoose a format.\\n\\nThe file arrives by mail.\\n\" }) { article { id } } }", new { s = slug }))
            .GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString();
        const string human = "Öffnen Sie die Einstellungen.\n\nWählen Sie ein Format.\n\nDie Datei kommt per E-Mail.\n";
        await client.QueryAsync("mutation($id: ID!, $b: String!, $s: String!) { saveArticleDraft(input: { articleId: $id, locale: \"de\", title: \"Export\", body: $b, expectedRevision: 0, slug: $s }) { revision } }",
            new { id, b = human, s = slug + "-de" });
        await client.QueryAsync("mutation($id: ID!) { saveArticleDraft(input: { articleId: $id, locale: \"en\", body: \"Open the settings.\\n\\nChoose a format and a folder.\\n\\nThe file arrives by mail.\\n\", expectedRevision: 1 }) { revision } }", new { id });

        var job = (await client.QueryAsync("mutation($id: ID!) { translateArticle(input: { articleId: $id, targetLocales: [\"de\"] }) { job { id } } }", new { id }))
            .GetProperty("translateArticle").GetProperty("job").GetProperty("id").GetString();
        Assert.Equal("SUCCEEDED", await WaitAsync(client, job!));

        var de = (await client.QueryAsync("query($s: String!) { article(slug: $s, locale: \"de\", preview: true) { markdown translationState translationReport { mode pendingParagraphs keptParagraphs } } }", new { s = slug + "-de" }))
            .GetProperty("article");
        Assert.Equal("NEEDS_TRANSLATION", de.GetProperty("translationState").GetString());
        Assert.Equal("Öffnen Sie die Einstellungen.\n\nChoose a format and a folder.\n\nDie Datei kommt per E-Mail.\n", de.GetProperty("markdown").GetString());
        var report = de.GetProperty("translationReport");
        Assert.Equal("INCREMENTAL", report.GetProperty("mode").GetString());
        Assert.Equal([1], report.GetProperty("pendingParagraphs").EnumerateArray().Select(p => p.GetInt32()).ToArray());
        Assert.Equal(2, report.GetProperty("keptParagraphs").GetInt32());
    }

    private static async Task<string?> WaitAsync(GraphQLClient client, string job)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? status = null;
        while (DateTime.UtcNow < deadline && status is not ("SUCCEEDED" or "FAILED"))
        {
            await Task.Delay(200);
            status = (await client.QueryAsync("query($id: ID!) { job(id: $id) { status } }", new { id = job })).GetProperty("job").GetProperty("status").GetString();
        }
        return status;
    }
}
