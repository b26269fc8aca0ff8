using System.Text.Json;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Events;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class ArticleWorkflowTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private const string Create = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { revision article { id localized { status } } } }";
    private const string Save = "mutation($input: SaveArticleDraftInput!) { saveArticleDraft(input: $input) { revision } }";
    private const string Publish = "mutation($input: PublishArticleInput!) { publishArticle(input: $input) { revision article { localized { status publishedRevision } } } }";

    private async Task<string> CreateAsync(string slug, string body = "## Intro\n\nFirst paragraph.\n\nSecond paragraph.", string audience = "PUBLIC")
    {
        var data = await app.Client().QueryAsync(Create, new { input = new { slug, locale = "en", title = "Title " + slug, body, audience } });
        Assert.Equal(1, data.GetProperty("createArticle").GetProperty("revision").GetInt32());
        return data.GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Should_serve_the_help_center_article_in_german_with_html_and_toc()
    {
        var data = await app.Anonymous().QueryAsync("{ article(slug: \"reset-your-password\", locale: \"de\") { title resolvedLocale isFallback html toc { title anchor level } readingTimeMinutes excerpt direction } }");
        var article = data.GetProperty("article");
        Assert.Equal("de", article.GetProperty("resolvedLocale").GetString());
        Assert.False(article.GetProperty("isFallback").GetBoolean());
        Assert.Contains("<h2 id=", article.GetProperty("html").GetString());
        Assert.DoesNotContain("<script", article.GetProperty("html").GetString());
        Assert.True(article.GetProperty("toc").GetArrayLength() >= 3);
        Assert.Equal("LTR", article.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task Should_fall_back_to_english_when_portuguese_is_asked()
    {
        var data = await app.Anonymous().QueryAsync("{ article(slug: \"reset-your-password\", locale: \"pt-BR\") { title resolvedLocale isFallback locale } }");
        var article = data.GetProperty("article");
        Assert.Equal("en", article.GetProperty("resolvedLocale").GetString());
        Assert.True(article.GetProperty("isFallback").GetBoolean());
        Assert.Equal("pt-BR", article.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Should_let_exactly_one_of_two_concurrent_writers_win_and_keep_both_texts()
    {
        var id = await CreateAsync("concurrency-" + Guid.NewGuid().ToString("n")[..8]);
        var writes = await Task.WhenAll(
            app.Client().PostAsync(Save, new { input = new { articleId = id, locale = "en", expectedRevision = 1, body = "Text of writer A" } }),
            app.Client().PostAsync(Save, new { input = new { articleId = id, locale = "en", expectedRevision = 1, body = "Text of writer B" } }));
        Assert.Single(writes, w => w.Errors.Count == 0);
        var loser = Assert.Single(writes, w => w.Errors.Count > 0);
        Assert.Equal("CONFLICT", loser.FirstCode);
        Assert.Equal(2, loser.Errors[0].GetProperty("extensions").GetProperty("currentRevision").GetInt32());

        var revisions = (await app.Client().QueryAsync("query($id: ID!) { node(id: $id) { ... on Article { revisions { number markdown isConflict } } } }", new { id }))
            .GetProperty("node").GetProperty("revisions").EnumerateArray().ToList();
        Assert.Contains(revisions, r => r.GetProperty("markdown").GetString() == "Text of writer A");
        Assert.Contains(revisions, r => r.GetProperty("markdown").GetString() == "Text of writer B");
        Assert.Single(revisions, r => r.GetProperty("isConflict").GetBoolean());
    }

    [Fact]
    public async Task Should_publish_an_old_revision_roll_back_and_diff()
    {
        var slug = "workflow-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(slug);
        await app.Client().QueryAsync(Save, new { input = new { articleId = id, locale = "en", expectedRevision = 1, body = "## Intro\n\nFirst paragraph.\n\nChanged paragraph." } });
        var published = await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en", revision = 1 } });
        Assert.Equal(1, published.GetProperty("publishArticle").GetProperty("article").GetProperty("localized").GetProperty("publishedRevision").GetInt32());

        var read = await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { revision markdown } }", new { s = slug });
        Assert.Equal(1, read.GetProperty("article").GetProperty("revision").GetInt32());

        var rollback = await app.Client().QueryAsync("mutation($id: ID!) { rollbackArticle(input: { articleId: $id, locale: \"en\", toRevision: 1 }) { revision } }", new { id });
        Assert.Equal(3, rollback.GetProperty("rollbackArticle").GetProperty("revision").GetInt32());

        var diff = (await app.Client().QueryAsync("query($id: ID!) { node(id: $id) { ... on Article { diff(from: 1, to: 2) { kind text } } } }", new { id }))
            .GetProperty("node").GetProperty("diff").EnumerateArray().ToList();
        Assert.Contains(diff, d => d.GetProperty("kind").GetString() == "REMOVED" && d.GetProperty("text").GetString() == "Second paragraph.");
        Assert.Contains(diff, d => d.GetProperty("kind").GetString() == "ADDED" && d.GetProperty("text").GetString() == "Changed paragraph.");
    }

    [Fact]
    public async Task Should_reject_bad_input_with_clear_errors_and_write_nothing()
    {
        var before = await app.WithDbAsync(db => db.ContentRevisions.CountAsync());
        async Task Expect(object input, string code, string field, string query = Create)
        {
            var response = await app.Client().PostAsync(query, new { input });
            Assert.Equal(code, response.FirstCode);
            Assert.Equal(field, response.FirstField);
        }
        await Expect(new { slug = "x-unknown-locale", locale = "xx-YY-ZZ", title = "t", body = "b" }, "VALIDATION", "input.locale");
        await Expect(new { slug = "reset-your-password", locale = "en", title = "t", body = "b" }, "VALIDATION", "input.slug");
        await Expect(new { slug = "x-empty-title", locale = "en", title = "  ", body = "b" }, "VALIDATION", "input.title");
        await Expect(new { slug = "x-too-big", locale = "en", title = "t", body = new string('a', 513 * 1024) }, "VALIDATION", "input.body");
        var id = await CreateAsync("bad-input-" + Guid.NewGuid().ToString("n")[..8]);
        var created = await app.WithDbAsync(db => db.ContentRevisions.CountAsync());
        await Expect(new { articleId = id, locale = "en", revision = 99 }, "VALIDATION", "input.revision", Publish);
        Assert.Equal(before + 1, created);
        Assert.Equal(created, await app.WithDbAsync(db => db.ContentRevisions.CountAsync()));
    }

    [Fact]
    public async Task Should_publish_on_schedule_when_the_time_comes()
    {
        var slug = "scheduled-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(slug);
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en", publishAt = app.Clock.UtcNow.AddHours(2) } });
        Assert.Equal(JsonValueKind.Null, (await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = slug })).GetProperty("article").ValueKind);

        app.Clock.Advance(TimeSpan.FromHours(3));
        var maintenance = app.Services.GetServices<IHostedService>().OfType<ContentMaintenanceService>().Single();
        await maintenance.RunOnceAsync(CancellationToken.None);
        Assert.Equal("Title " + slug, (await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = slug })).GetProperty("article").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_write_an_outbox_row_with_each_publish()
    {
        var id = await CreateAsync("outbox-" + Guid.NewGuid().ToString("n")[..8]);
        var key = Knowledge.Schema.Infrastructure.GlobalId.TryDecode(id, out _, out var itemId) ? itemId : 0;
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        var rows = await app.WithDbAsync(db => db.Outbox.CountAsync(o => o.EntityId == key && o.Topic == OutboxTopics.ContentChanged));
        Assert.True(rows >= 2, $"{rows} outbox rows");
    }

    [Fact]
    public async Task Should_mark_translations_stale_when_the_source_moves_on()
    {
        var slug = "stale-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(slug);
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        await app.Client().QueryAsync(Save, new { input = new { articleId = id, locale = "de", expectedRevision = 0, slug = slug + "-de", title = "Titel", body = "## Einleitung\n\nErster Absatz.\n\nZweiter Absatz." } });
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "de" } });
        const string read = "query($s: String!) { article(slug: $s, locale: \"de\") { resolvedLocale isStale changedSourceParagraphs { kind text } } }";
        Assert.False((await app.Client().QueryAsync(read, new { s = slug + "-de" })).GetProperty("article").GetProperty("isStale").GetBoolean());

        await app.Client().QueryAsync(Save, new { input = new { articleId = id, locale = "en", expectedRevision = 1, body = "## Intro\n\nFirst paragraph.\n\nA brand new paragraph." } });
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        var stale = (await app.Client().QueryAsync(read, new { s = slug + "-de" })).GetProperty("article");
        Assert.True(stale.GetProperty("isStale").GetBoolean());
        Assert.Contains(stale.GetProperty("changedSourceParagraphs").EnumerateArray(), d => d.GetProperty("text").GetString() == "A brand new paragraph.");
    }

    [Fact]
    public async Task Should_keep_resolving_a_renamed_slug()
    {
        var slug = "renamed-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(slug);
        await app.Client().QueryAsync(Save, new { input = new { articleId = id, locale = "en", expectedRevision = 1, slug = slug + "-v2" } });
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        var data = await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { slug } }", new { s = slug });
        Assert.Equal(slug + "-v2", data.GetProperty("article").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Should_never_show_drafts_or_internal_content_to_anonymous_readers()
    {
        var slug = "draft-only-" + Guid.NewGuid().ToString("n")[..8];
        await CreateAsync(slug);
        Assert.Equal(JsonValueKind.Null, (await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = slug })).GetProperty("article").ValueKind);
        var internalSlug = "internal-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(internalSlug, audience: "INTERNAL");
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        Assert.Equal(JsonValueKind.Null, (await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = internalSlug })).GetProperty("article").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, (await app.Client().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = internalSlug })).GetProperty("article").ValueKind);
    }

    [Fact]
    public async Task Should_count_views_in_batches_and_report_helpfulness()
    {
        var slug = "feedback-" + Guid.NewGuid().ToString("n")[..8];
        var id = await CreateAsync(slug);
        await app.Client().QueryAsync(Publish, new { input = new { articleId = id, locale = "en" } });
        for (var i = 0; i < 5; i++) await app.Anonymous().QueryAsync("query($s: String!) { article(slug: $s, locale: \"en\") { title } }", new { s = slug });
        await app.Client().QueryAsync("mutation($id: ID!) { rateArticle(input: { articleId: $id, locale: \"en\", helpful: false, comment: \"Outdated\" }) { recorded } }", new { id });
        await app.Client().QueryAsync("mutation($id: ID!) { rateArticle(input: { articleId: $id, locale: \"en\", helpful: true }) { recorded } }", new { id });
        var maintenance = app.Services.GetServices<IHostedService>().OfType<ContentMaintenanceService>().Single();
        await maintenance.RunOnceAsync(CancellationToken.None);
        var stats = (await app.Client().QueryAsync("query($id: ID!) { node(id: $id) { ... on Article { stats { views helpful notHelpful helpfulnessRate } } } }", new { id }))
            .GetProperty("node").GetProperty("stats");
        Assert.Equal(5, stats.GetProperty("views").GetInt32());
        Assert.Equal(0.5, stats.GetProperty("helpfulnessRate").GetDouble());
        var anonymousVote = await app.Anonymous().PostAsync("mutation($id: ID!) { rateArticle(input: { articleId: $id, locale: \"en\", helpful: true }) { recorded } }", new { id });
        Assert.Equal("UNAUTHENTICATED", anonymousVote.FirstCode);
    }

    [Fact]
    public async Task Should_flag_articles_that_mention_a_deprecated_term_with_the_lines()
    {
        var term = "LegacyDash" + Guid.NewGuid().ToString("n")[..4];
        await CreateAsync("deprecated-" + Guid.NewGuid().ToString("n")[..8], body: $"Intro\n\nOpen the {term} menu.\n\nDone.");
        await app.Client().QueryAsync("mutation($t: String!) { addDeprecatedTerm(term: $t, replacement: \"Dashboard\") { term } }", new { t = term });
        var due = (await app.Client().QueryAsync("{ reviewDue(first: 100) { totalCount nodes { reasons deprecatedLines article { slug } } } }"))
            .GetProperty("reviewDue").GetProperty("nodes").EnumerateArray().ToList();
        var flagged = Assert.Single(due, d => d.GetProperty("deprecatedLines").EnumerateArray().Any(l => l.GetString()!.Contains(term)));
        Assert.Contains("DEPRECATED_TERM", flagged.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(due, d => d.GetProperty("reasons").EnumerateArray().Any(r => r.GetString() == "REVIEW_INTERVAL_PASSED"));
    }
}

[Collection(SeededCollection.Name)]
public sealed class RelatedArticleTests(SeededAppFixture fixture)
{
    [Fact]
    public async Task Should_list_related_articles_in_the_readers_locale()
    {
        var data = await fixture.App.Anonymous().QueryAsync("{ articles(locale: \"de\", first: 100) { nodes { slug related { slug localized { resolvedLocale } } } } }");
        var reset = data.GetProperty("articles").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("slug").GetString() == "passwort-zuruecksetzen" || n.GetProperty("slug").GetString() == "reset-your-password");
        Assert.Contains(reset.GetProperty("related").EnumerateArray(), r => r.GetProperty("slug").GetString()!.Length > 0);
    }
}
