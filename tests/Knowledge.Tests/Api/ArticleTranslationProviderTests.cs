using System.Text.Json;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

/// <summary>translateArticle with a provider: the stored glossary, reports on the draft, paragraph-wise re-translation, failures.</summary>
public sealed class ArticleTranslationProviderTests(TranslationProviderAppFixture fixture) : IClassFixture<TranslationProviderAppFixture>
{
    private const string Report = "translationReport { mode state glossaryViolations structureDifferences translatedParagraphs pendingParagraphs keptParagraphs sourceRevision }";

    private KnowledgeApp App => fixture.App;

    [Fact]
    public async Task Should_apply_the_stored_glossary_and_report_no_violation_when_the_provider_honours_it()
    {
        fixture.Mode = TranslatorMode.Translate;
        var client = App.Client();
        await UpsertAsync(client, "*", "Lumen Workspace", null);
        await UpsertAsync(client, "de", "two-factor authentication", "Zwei-Faktor-Authentifizierung");
        var (id, slug) = await CreateArticleAsync(client, "Open the settings of Lumen Workspace.\n\nTurn on two-factor authentication.\n");
        var before = fixture.Server.Requests.Count;

        var job = await TranslateAsync(client, id, "de");

        Assert.Equal("SUCCEEDED", job.GetProperty("status").GetString());
        var sent = string.Join("\n", fixture.SentTexts(before));
        Assert.Contains("<mstrans:dictionary translation=\"Lumen Workspace\">Lumen Workspace</mstrans:dictionary>", sent);
        Assert.Contains("<mstrans:dictionary translation=\"Zwei-Faktor-Authentifizierung\">two-factor authentication</mstrans:dictionary>", sent);
        var draft = await DraftAsync(client, slug + "-de");
        Assert.Equal("Öffnen Sie die Einstellungen of Lumen Workspace.\n\nTurn on Zwei-Faktor-Authentifizierung.\n", draft.GetProperty("markdown").GetString());
        var report = draft.GetProperty("translationReport");
        Assert.Equal("FULL", report.GetProperty("mode").GetString());
        Assert.Empty(report.GetProperty("glossaryViolations").EnumerateArray());
        Assert.Empty(report.GetProperty("structureDifferences").EnumerateArray());
    }

    [Fact]
    public async Task Should_store_the_glossary_violations_on_the_draft_when_the_provider_ignores_the_glossary()
    {
        fixture.Mode = TranslatorMode.IgnoreDictionary;
        var client = App.Client();
        await UpsertAsync(client, "fr", "dashboard", "tableau de bord");
        var (id, slug) = await CreateArticleAsync(client, "Open the dashboard.\n");

        var job = await TranslateAsync(client, id, "fr");
        fixture.Mode = TranslatorMode.Translate;

        Assert.Equal("SUCCEEDED", job.GetProperty("status").GetString());
        var violations = (await DraftAsync(client, slug + "-fr", "fr")).GetProperty("translationReport").GetProperty("glossaryViolations").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Contains(violations, v => v.Contains("'dashboard' should be translated as 'tableau de bord'"));
    }

    [Fact]
    public async Task Should_retranslate_only_the_changed_paragraphs_and_keep_the_translator_text_when_the_source_changed()
    {
        fixture.Mode = TranslatorMode.Translate;
        var client = App.Client();
        var (id, slug) = await CreateArticleAsync(client, "Open the settings.\n\nChoose a format.\n\nThe file arrives by mail.\n");
        await TranslateAsync(client, id, "de");
        // A translator rewrites the machine draft, keeping one paragraph per source paragraph.
        const string human = "Bitte öffnen Sie die Einstellungen.\n\nWählen Sie ein Format.\n\nDie Datei kommt per E-Mail.\n";
        await SaveAsync(client, id, slug + "-de", "de", human);
        await SaveAsync(client, id, slug, "en", "Open the settings.\n\nChoose a format and a folder.\n\nThe file arrives by mail.\n\nOpen the file.\n");
        var before = fixture.Server.Requests.Count;

        var job = await TranslateAsync(client, id, "de");

        Assert.Equal("SUCCEEDED", job.GetProperty("status").GetString());
        Assert.Equal(["Choose a format and a folder.", "Open the file."], fixture.SentTexts(before).Select(t => t.Trim()).ToArray());
        var draft = await DraftAsync(client, slug + "-de");
        var paragraphs = MarkdownParagraphs.Split(draft.GetProperty("markdown").GetString()!);
        var kept = MarkdownParagraphs.Split(human);
        Assert.Equal(kept[0], paragraphs[0]);
        Assert.Equal(kept[2], paragraphs[2]);
        Assert.Equal("Choose a format and a folder.", paragraphs[1]);
        Assert.Equal("Öffnen Sie die file.", paragraphs[3]);
        var report = draft.GetProperty("translationReport");
        Assert.Equal("INCREMENTAL", report.GetProperty("mode").GetString());
        Assert.Equal([1, 3], report.GetProperty("translatedParagraphs").EnumerateArray().Select(p => p.GetInt32()).ToArray());
        Assert.Equal(2, report.GetProperty("keptParagraphs").GetInt32());

        var again = await TranslateAsync(client, id, "de");
        Assert.Contains(again.GetProperty("resultIds").EnumerateArray(), r => r.GetString()!.EndsWith(":UP_TO_DATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_fail_the_job_and_write_no_draft_when_the_provider_keeps_answering_500()
    {
        fixture.Mode = TranslatorMode.Fail;
        var client = App.Client();
        var (id, slug) = await CreateArticleAsync(client, "Open the settings.\n");

        var job = await TranslateAsync(client, id, "es");
        fixture.Mode = TranslatorMode.Translate;

        Assert.Equal("FAILED", job.GetProperty("status").GetString());
        Assert.Contains("Azure Translator", job.GetProperty("error").GetString());
        var draft = (await client.QueryAsync("query($s: String!) { article(slug: $s, locale: \"es\", preview: true) { resolvedLocale } }", new { s = slug + "-es" })).GetProperty("article");
        Assert.Equal(JsonValueKind.Null, draft.ValueKind);
    }

    private static async Task UpsertAsync(GraphQLClient client, string locale, string term, string? translation) =>
        await client.QueryAsync("mutation($input: UpsertGlossaryTermInput!) { upsertGlossaryTerm(input: $input) { id } }",
            new { input = new { locale, sourceTerm = term, translation, @protected = translation is null } });

    private static async Task<(string Id, string Slug)> CreateArticleAsync(GraphQLClient client, string body)
    {
        var slug = "tr-" + Guid.NewGuid().ToString("n")[..8];
        var id = (await client.QueryAsync("mutation($s: String!, $b: String!) { createArticle(input: { slug: $s, locale: \"en\", title: \"Export data\", body: $b }) { article { id } } }", new { s = slug, b = body }))
            .GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString()!;
        return (id, slug);
    }

    private static async Task SaveAsync(GraphQLClient client, string id, string slug, string locale, string body)
    {
        var current = (await client.QueryAsync("query($s: String!, $l: String!) { article(slug: $s, locale: $l, preview: true) { revision } }", new { s = slug, l = locale }))
            .GetProperty("article").GetProperty("revision").GetInt32();
        await client.QueryAsync("mutation($input: SaveArticleDraftInput!) { saveArticleDraft(input: $input) { revision } }",
            new { input = new { articleId = id, locale, body, expectedRevision = current } });
    }

    private static async Task<JsonElement> TranslateAsync(GraphQLClient client, string id, string locale)
    {
        var job = (await client.QueryAsync("mutation($id: ID!, $l: String!) { translateArticle(input: { articleId: $id, targetLocales: [$l] }) { job { id } } }", new { id, l = locale }))
            .GetProperty("translateArticle").GetProperty("job").GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var state = (await client.QueryAsync("query($id: ID!) { job(id: $id) { status error resultIds } }", new { id = job })).GetProperty("job");
            if (state.GetProperty("status").GetString() is "SUCCEEDED" or "FAILED" or "CANCELLED") return state;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Job {job} did not finish.");
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> DraftAsync(GraphQLClient client, string slug, string locale = "de") =>
        (await client.QueryAsync("query($s: String!, $l: String!) { article(slug: $s, locale: $l, preview: true) { markdown translationState " + Report + " } }", new { s = slug, l = locale }))
        .GetProperty("article");
}
