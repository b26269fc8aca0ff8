using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

/// <summary>Ticket translation for agents when no translation provider is configured (the default).</summary>
[Collection(SeededCollection.Name)]
public sealed class TicketTranslationApiTests(SeededAppFixture fixture)
{
    public const string TranslationFields = """
        targetLocale provider providerConfigured notice
        subject { original translated detectedLanguage status fromCache }
        body { original translated detectedLanguage status fromCache }
        messages { message { kind body } text { original translated detectedLanguage status fromCache } }
        register { language formality level evidence note }
        replyRegister { formality instruction }
        emotion emotionNote
        """;

    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_return_originals_languages_and_register_notes_and_say_no_provider_is_configured_when_none_is()
    {
        var id = await CreateTicketAsync(app, "Export funktioniert nicht", "Guten Tag, können Sie mir bitte helfen? Der Export Ihrer Software bricht seit gestern ab. Mit freundlichen Grüßen");

        var translation = await TranslationAsync(app.Client(), id, "en");

        Assert.False(translation.GetProperty("providerConfigured").GetBoolean());
        Assert.Contains("No translation provider is configured", translation.GetProperty("notice").GetString());
        var body = translation.GetProperty("body");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("translated").ValueKind);
        Assert.Equal("NOT_TRANSLATED", body.GetProperty("status").GetString());
        Assert.Equal("de", body.GetProperty("detectedLanguage").GetString());
        Assert.StartsWith("Guten Tag", body.GetProperty("original").GetString());
        Assert.Equal("FORMAL", translation.GetProperty("register").GetProperty("formality").GetString());
        Assert.Equal("Sie", translation.GetProperty("register").GetProperty("level").GetString());
        Assert.Equal("FORMAL", translation.GetProperty("replyRegister").GetProperty("formality").GetString());
        Assert.False(string.IsNullOrEmpty(translation.GetProperty("emotionNote").GetString()));
        Assert.Single(translation.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task Should_mark_texts_already_in_the_target_language_as_same_language_when_nothing_needs_translating()
    {
        var id = await CreateTicketAsync(app, "Export fails", "Hi, the export stops halfway since yesterday. Can you check?");

        var translation = await TranslationAsync(app.Client(), id, "en-GB");

        Assert.Equal("SAME_LANGUAGE", translation.GetProperty("body").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, translation.GetProperty("notice").ValueKind);
    }

    [Theory]
    [InlineData("xx-QQ-ZZ")]
    [InlineData("")]
    public async Task Should_fail_with_validation_when_the_target_locale_is_malformed(string locale)
    {
        var id = await CreateTicketAsync(app, "Export", "Der Export bricht ab.");

        var response = await app.Client().PostAsync("query($id: ID!, $l: String!) { ticket(id: $id) { translation(targetLocale: $l) { targetLocale } } }", new { id, l = locale });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("targetLocale", response.FirstField);
    }

    [Fact]
    public async Task Should_fail_with_unavailable_when_a_reply_in_another_language_needs_a_provider_and_none_is_configured()
    {
        var id = await CreateTicketAsync(app, "Export", "Guten Tag, der Export bricht ab. Können Sie helfen?");

        var response = await app.Client().PostAsync("mutation($id: ID!) { translateReply(input: { ticketId: $id, text: \"We fixed the export, please try again.\", sourceLocale: \"en\" }) { translation } }", new { id });

        Assert.Equal("UNAVAILABLE", response.FirstCode);
        Assert.Contains("No translation provider is configured", response.Body);
    }

    [Fact]
    public async Task Should_fail_with_validation_when_the_reply_text_is_empty()
    {
        var id = await CreateTicketAsync(app, "Export", "Der Export bricht ab.");

        var response = await app.Client().PostAsync("mutation($id: ID!) { translateReply(input: { ticketId: $id, text: \"  \" }) { translation } }", new { id });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("input.text", response.FirstField);
    }

    [Fact]
    public async Task Should_format_placeholders_for_the_customer_locale_when_the_reply_is_already_in_their_language()
    {
        var id = await CreateTicketAsync(app, "Rechnung", "Guten Tag, wann wird meine Rechnung fällig?");

        var reply = (await app.Client().QueryAsync("mutation($id: ID!) { translateReply(input: { ticketId: $id, text: \"Ihre Rechnung über {{money:1234.5 EUR}} ist am {{date:2026-07-15}} fällig.\", sourceLocale: \"de\" }) { translation backTranslation qualityScore provider } }", new { id }))
            .GetProperty("translateReply");

        Assert.Equal("Ihre Rechnung über 1.234,50 € ist am 15. Juli 2026 fällig.", reply.GetProperty("translation").GetString()!.Replace('\u00A0', ' '));
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("backTranslation").ValueKind);
        Assert.Equal("none", reply.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Should_format_placeholders_for_each_locale_when_asked_for_a_template()
    {
        var text = "Renewal on {{date:2026-07-08}}";

        var us = (await app.Client().QueryAsync("query($t: String!) { formatForLocale(text: $t, locale: \"en-US\") }", new { t = text })).GetProperty("formatForLocale").GetString();
        var gb = (await app.Client().QueryAsync("query($t: String!) { formatForLocale(text: $t, locale: \"en-GB\") }", new { t = text })).GetProperty("formatForLocale").GetString();

        Assert.Equal("Renewal on July 8, 2026", us);
        Assert.Equal("Renewal on 8 July 2026", gb);
    }

    public static async Task<string> CreateTicketAsync(KnowledgeApp app, string subject, string body) =>
        (await app.Client().QueryAsync("mutation($s: String!, $b: String!) { createTicket(input: { subject: $s, body: $b }) { ticket { id } } }", new { s = subject, b = body }))
        .GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString()!;

    public static async Task<JsonElement> TranslationAsync(GraphQLClient client, string id, string locale) =>
        (await client.QueryAsync($"query($id: ID!, $l: String!) {{ ticket(id: $id) {{ translation(targetLocale: $l) {{ {TranslationFields} }} }} }}", new { id, l = locale }))
        .GetProperty("ticket").GetProperty("translation");
}
