using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

/// <summary>Tickets, replies and search with a translation provider (Azure Translator's wire format on a local server).</summary>
public sealed class TranslationProviderApiTests(TranslationProviderAppFixture fixture) : IClassFixture<TranslationProviderAppFixture>
{
    private const string TranslateReply = "mutation($input: TranslateReplyInput!) { translateReply(input: $input) { sourceLocale targetLocale original translation backTranslation qualityScore provider notes register { formality instruction } customerRegister { level } } }";

    private KnowledgeApp App => fixture.App;

    [Fact]
    public async Task Should_translate_each_text_once_and_serve_the_cache_when_the_ticket_is_reopened()
    {
        fixture.Mode = TranslatorMode.Translate;
        var id = await TicketTranslationApiTests.CreateTicketAsync(App, "Einstellungen lassen sich nicht öffnen", "Hallo, ich kann die Einstellungen nicht öffnen. Können Sie helfen?");
        var before = fixture.Server.Requests.Count;

        var first = await TicketTranslationApiTests.TranslationAsync(App.Client(), id, "en");
        var afterFirst = fixture.Server.Requests.Count;
        var second = await TicketTranslationApiTests.TranslationAsync(App.Client(), id, "en");

        Assert.True(first.GetProperty("providerConfigured").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("notice").ValueKind);
        Assert.Equal("MACHINE_TRANSLATED", first.GetProperty("body").GetProperty("status").GetString());
        Assert.Equal("Hello, ich kann die settings nicht öffnen. Können Sie helfen?", first.GetProperty("body").GetProperty("translated").GetString());
        Assert.Equal("de", first.GetProperty("body").GetProperty("detectedLanguage").GetString());
        Assert.False(first.GetProperty("body").GetProperty("fromCache").GetBoolean());
        // Subject and body; the first message repeats the body and is not sent again.
        Assert.Equal(2, fixture.SentTexts(before).Count);
        Assert.Equal(afterFirst, fixture.Server.Requests.Count);
        Assert.True(second.GetProperty("body").GetProperty("fromCache").GetBoolean());
        Assert.Equal(first.GetProperty("body").GetProperty("translated").GetString(), second.GetProperty("messages")[0].GetProperty("text").GetProperty("translated").GetString());
        Assert.Equal("Sie", second.GetProperty("register").GetProperty("level").GetString());
    }

    [Fact]
    public async Task Should_show_the_originals_with_a_notice_and_cache_nothing_when_the_provider_fails()
    {
        fixture.Mode = TranslatorMode.Fail;
        var id = await TicketTranslationApiTests.CreateTicketAsync(App, "Export kaputt", "Der Export bricht seit gestern ab, kannst du das prüfen?");

        var translation = await TicketTranslationApiTests.TranslationAsync(App.Client(), id, "en");
        fixture.Mode = TranslatorMode.Translate;
        var retried = await TicketTranslationApiTests.TranslationAsync(App.Client(), id, "en");

        Assert.Contains("unavailable", translation.GetProperty("notice").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("NOT_TRANSLATED", translation.GetProperty("body").GetProperty("status").GetString());
        Assert.Equal("du", translation.GetProperty("register").GetProperty("level").GetString());
        Assert.False(retried.GetProperty("body").GetProperty("fromCache").GetBoolean());
    }

    [Fact]
    public async Task Should_translate_a_reply_in_the_customer_register_with_formatted_placeholders_and_a_back_translation_score()
    {
        fixture.Mode = TranslatorMode.Translate;
        var id = await TicketTranslationApiTests.CreateTicketAsync(App, "Rechnung", "Guten Tag, können Sie mir sagen, wann Ihre Rechnung fällig ist? Mit freundlichen Grüßen");
        var before = fixture.Server.Requests.Count;

        var reply = (await App.Client().QueryAsync(TranslateReply, new { input = new { ticketId = id, text = "Open the settings. The invoice is due on {{date:2026-07-15}}.", sourceLocale = "en" } }))
            .GetProperty("translateReply");

        Assert.Equal("de", reply.GetProperty("targetLocale").GetString());
        Assert.Equal("Öffnen Sie die Einstellungen. The invoice is due on 15. Juli 2026.", reply.GetProperty("translation").GetString());
        Assert.Equal("Open the settings. The invoice is due on July 15, 2026.", reply.GetProperty("original").GetString());
        Assert.Equal("Open the settings. The invoice is due on July 15, 2026.", reply.GetProperty("backTranslation").GetString());
        Assert.Equal(1.0, reply.GetProperty("qualityScore").GetDouble(), 3);
        Assert.Equal("FORMAL", reply.GetProperty("register").GetProperty("formality").GetString());
        Assert.Equal("Sie", reply.GetProperty("customerRegister").GetProperty("level").GetString());
        Assert.Contains(reply.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("cannot be told the register"));
        var sent = fixture.SentTexts(before);
        Assert.Equal(2, sent.Count); // forward and back
        Assert.Contains("<mstrans:dictionary translation=\"{{date:2026-07-15}}\">{{date:2026-07-15}}</mstrans:dictionary>", sent[0]);
    }

    [Fact]
    public async Task Should_send_the_translation_and_keep_the_agent_original_when_a_translated_reply_is_sent()
    {
        fixture.Mode = TranslatorMode.Translate;
        var id = await TicketTranslationApiTests.CreateTicketAsync(App, "Login", "Hallo, ich komme nicht in die Einstellungen. Kannst du helfen?");

        var payload = (await App.Client().QueryAsync("mutation($input: SendTranslatedReplyInput!) { sendTranslatedReply(input: $input) { message { body kind } translation { original translation qualityScore } } }",
            new { input = new { ticketId = id, text = "Open the settings again, please.", sourceLocale = "en" } })).GetProperty("sendTranslatedReply");
        var translation = await TicketTranslationApiTests.TranslationAsync(App.Client(), id, "en");

        Assert.Equal("Öffnen Sie die Einstellungen again, please.", payload.GetProperty("message").GetProperty("body").GetString());
        Assert.Equal("AGENT", payload.GetProperty("message").GetProperty("kind").GetString());
        var reply = translation.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("message").GetProperty("kind").GetString() == "AGENT").GetProperty("text");
        Assert.Equal("AGENT_ORIGINAL", reply.GetProperty("status").GetString());
        Assert.Equal("Open the settings again, please.", reply.GetProperty("translated").GetString());
        Assert.Equal("Öffnen Sie die Einstellungen again, please.", reply.GetProperty("original").GetString());
    }

    [Fact]
    public async Task Should_fail_with_unavailable_after_retries_when_the_provider_keeps_failing_on_a_reply()
    {
        fixture.Mode = TranslatorMode.Fail;
        var id = await TicketTranslationApiTests.CreateTicketAsync(App, "Login", "Hallo, ich komme nicht rein. Können Sie helfen?");
        var before = fixture.Server.Requests.Count;

        var response = await App.Client().PostAsync(TranslateReply, new { input = new { ticketId = id, text = "Please try again.", sourceLocale = "en" } });
        fixture.Mode = TranslatorMode.Translate;

        Assert.Equal("UNAVAILABLE", response.FirstCode);
        Assert.Equal(2, fixture.Server.Requests.Count - before); // the call and one retry (MaxRetries = 1)
    }

    [Fact]
    public async Task Should_translate_the_query_and_the_titles_when_a_search_finds_nothing_in_the_reader_locale()
    {
        fixture.Mode = TranslatorMode.Translate;
        var slug = "zebra-" + Guid.NewGuid().ToString("n")[..8];
        var client = App.Client();
        var id = (await client.QueryAsync("mutation($s: String!) { createArticle(input: { slug: $s, locale: \"en\", title: \"Open the zebra report\", body: \"The zebra report lists every stripe. Open the settings to export it.\" }) { article { id } } }", new { s = slug }))
            .GetProperty("createArticle").GetProperty("article").GetProperty("id").GetString();
        await client.QueryAsync("mutation($id: ID!) { publishArticle(input: { articleId: $id, locale: \"en\" }) { revision } }", new { id });
        await WaitUntilFoundAsync(client, "zebra report", "en");
        var before = fixture.Server.Requests.Count;

        var search = (await App.Anonymous().QueryAsync("""
            { search(query: "Zebra-Bericht", locale: "de") { totalCount isFallback machineTranslation { queryLocale sourceLocale translatedQuery provider }
                edges { node { translatedTitle translatedHighlights highlights article { title resolvedLocale } } } } }
            """)).GetProperty("search");

        Assert.True(search.GetProperty("isFallback").GetBoolean());
        var translation = search.GetProperty("machineTranslation");
        Assert.Equal("zebra report", translation.GetProperty("translatedQuery").GetString());
        Assert.Equal("en", translation.GetProperty("sourceLocale").GetString());
        Assert.Equal("azure-translator", translation.GetProperty("provider").GetString());
        var hit = search.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("Open the zebra report", hit.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("Öffnen Sie die zebra report", hit.GetProperty("translatedTitle").GetString());
        var highlights = hit.GetProperty("translatedHighlights").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Equal(hit.GetProperty("highlights").GetArrayLength(), highlights.Count);
        Assert.DoesNotContain(highlights, h => h.Contains("<mark>", StringComparison.Ordinal));
        Assert.Equal(["en", "de"], fixture.Server.Requests.Skip(before).Select(r => r.Query["to"]).ToArray());
    }

    [Fact]
    public async Task Should_answer_with_the_plain_fallback_when_the_provider_fails_during_a_search()
    {
        fixture.Mode = TranslatorMode.Fail;

        var search = (await App.Anonymous().QueryAsync("{ search(query: \"Nilpferd\", locale: \"de\") { totalCount machineTranslation { translatedQuery } } }")).GetProperty("search");
        fixture.Mode = TranslatorMode.Translate;

        Assert.Equal(JsonValueKind.Null, search.GetProperty("machineTranslation").ValueKind);
    }

    private static async Task WaitUntilFoundAsync(GraphQLClient client, string query, string locale)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var found = (await client.QueryAsync("query($q: String!, $l: String) { search(query: $q, locale: $l) { totalCount isFallback } }", new { q = query, l = locale })).GetProperty("search");
            if (found.GetProperty("totalCount").GetInt32() > 0 && !found.GetProperty("isFallback").GetBoolean()) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The article was not indexed in time.");
    }
}
