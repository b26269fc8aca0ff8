using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Cms.Translation;

public sealed class TranslationDrafterTests
{
    private const string Body = "Open the settings of Contoso Desk and create a ticket.\n\n```\ncontoso reset\n```\n";
    private static readonly GlossaryTerm[] Glossary = [new("Contoso Desk"), new("ticket", "Vorgang"), new("invoice", "Rechnung")];

    [Fact]
    public async Task Should_create_a_needs_translation_draft_with_glossary_hints_when_no_provider_is_configured()
    {
        var drafter = new TranslationDrafter(new NoTranslationProvider(new LanguageDetector()));

        var draft = await drafter.DraftAsync("Reset", Body, "en", "de-DE", Formality.Formal, Glossary, CancellationToken.None);

        Assert.Equal(TranslationDraftStatus.NeedsTranslation, draft.Status);
        Assert.Equal(Body, draft.Markdown); // the source for the translator, not invented text
        Assert.Equal(["Contoso Desk", "ticket"], draft.GlossaryHints.Select(h => h.Source));
        Assert.Contains(draft.Notes, n => n.Contains("No translation provider is configured"));
    }

    [Fact]
    public async Task Should_create_a_machine_translated_draft_with_the_source_structure_when_a_provider_is_configured()
    {
        await using var server = await LocalHttpServer.StartAsync(AzureTranslatorProviderTests.FakeTranslatorAsync);
        var drafter = new TranslationDrafter(new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)));

        var draft = await drafter.DraftAsync("Reset the password", Body, "en", "de", Formality.Default, Glossary, CancellationToken.None);

        Assert.Equal(TranslationDraftStatus.MachineTranslated, draft.Status);
        Assert.Equal("Passwort zurücksetzen", draft.Title);
        Assert.Equal("Öffnen Sie die Einstellungen of Contoso Desk and create a Vorgang.\n\n```\ncontoso reset\n```\n", draft.Markdown);
        Assert.Empty(draft.Notes);
    }

    [Fact]
    public async Task Should_score_the_back_translation_when_asked_and_a_provider_is_configured()
    {
        await using var server = await LocalHttpServer.StartAsync(AzureTranslatorProviderTests.FakeTranslatorAsync);
        var drafter = new TranslationDrafter(new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)), scoreBackTranslation: true);

        var draft = await drafter.DraftAsync("Reset the password", Body, "en", "de", Formality.Default, Glossary, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("en", server.Requests.Last().Query["to"]);
        Assert.InRange(draft.BackTranslationScore!.Value, 0.3, 0.99); // the stand-in service cannot translate German back
    }

    [Fact]
    public void Should_score_identical_text_one_and_unrelated_text_low_when_computing_chrf()
    {
        Assert.Equal(1.0, ChrF.Score("Open the settings.", "open the  settings."), 6);
        Assert.InRange(ChrF.Score("Open the settings and reset the password.", "Open settings, then reset your password."), 0.5, 0.95);
        Assert.InRange(ChrF.Score("Open the settings.", "Zyx qwv."), 0.0, 0.1);
    }

    [Fact]
    public async Task Should_fail_with_unavailable_when_no_provider_is_configured_and_translation_is_asked_directly()
    {
        var provider = new NoTranslationProvider(new LanguageDetector());

        var error = await Assert.ThrowsAsync<KnowledgeException>(() => provider.TranslateAsync(new TranslationRequest(["Hello"], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.False(provider.IsConfigured);
    }

    [Fact]
    public async Task Should_propagate_unavailable_and_return_no_draft_when_the_provider_fails()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var drafter = new TranslationDrafter(new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            drafter.DraftAsync("Reset", Body, "en", "de", Formality.Default, Glossary, CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
    }

    [Theory]
    [InlineData("en", "en", "targetLocale")]
    [InlineData("en", "not a locale", "targetLocale")]
    [InlineData("??", "de", "sourceLocale")]
    public async Task Should_fail_with_validation_when_the_locales_are_unusable(string source, string target, string field)
    {
        var drafter = new TranslationDrafter(new NoTranslationProvider(new LanguageDetector()));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            drafter.DraftAsync("Reset", Body, source, target, Formality.Default, Glossary, CancellationToken.None));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Should_round_trip_markdown_and_keep_code_verbatim_when_splitting_into_segments()
    {
        const string markdown = "# Title\n\nText line one\ncontinued\n\n    indented code\n    more code\n\n```js\nlet a = 1;\n```\nEnd";

        var segments = MarkdownSegment.Split(markdown);

        Assert.Equal(markdown, string.Concat(segments.Select(s => s.Text)));
        Assert.DoesNotContain(segments, s => s.Translatable && (s.Text.Contains("code") || s.Text.Contains("let a")));
        Assert.Contains(segments, s => s.Translatable && s.Text.Contains("continued"));
    }

    [Fact]
    public void Should_report_structure_differences_when_a_translation_changes_links_code_or_lists()
    {
        const string source = "# Title\n\n- one [link](https://a.example/x)\n- two `code`\n";

        Assert.Empty(MarkdownStructure.Differences(source, "# Titel\n\n- eins [Link](https://a.example/x)\n- zwei `code`\n"));
        Assert.NotEmpty(MarkdownStructure.Differences(source, "# Titel\n\n- eins [Link](https://a.example/y)\n- zwei `code`\n"));
        Assert.NotEmpty(MarkdownStructure.Differences(source, "## Titel\n\n- eins [Link](https://a.example/x)\n- zwei `code`\n"));
        Assert.NotEmpty(MarkdownStructure.Differences(source, "# Titel\n\n- eins [Link](https://a.example/x) zwei `Code`\n"));
    }
}
