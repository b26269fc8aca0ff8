using System.Text.Json.Nodes;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Cms.Translation;

/// <summary>Stale translations brought up to date paragraph by paragraph.</summary>
public sealed class IncrementalTranslationTests
{
    private const string OldSource = "# Export data\n\nOpen the settings.\n\nChoose **Export** and wait.\n\n```\nexport --all\n\nexport --check\n```\n\nThe file arrives by mail.\n";
    private const string NewSource = "# Export data\n\nOpen the settings.\n\nChoose **Export**, pick a format and wait.\n\n```\nexport --all\n\nexport --check\n```\n\nThe file arrives by mail.\n\nOpen the file in a spreadsheet.\n";
    // A person's translation: its wording is not what the stand-in service would produce, so keeping it is visible.
    private const string HumanTranslation = "# Daten exportieren\n\nÖffnen Sie bitte die Einstellungen.\n\nWählen Sie **Export** und warten Sie.\n\n```\nexport --all\n\nexport --check\n```\n\nDie Datei kommt per E-Mail.\n";

    [Fact]
    public void Should_keep_a_fenced_code_block_with_blank_lines_as_one_paragraph_when_splitting()
    {
        var paragraphs = MarkdownParagraphs.Split(OldSource);

        Assert.Equal(5, paragraphs.Count);
        Assert.Equal("```\nexport --all\n\nexport --check\n```", paragraphs[3]);
    }

    [Fact]
    public void Should_mark_only_changed_and_new_paragraphs_when_planning()
    {
        var plan = IncrementalTranslation.Plan(OldSource, NewSource, HumanTranslation, [])!;

        Assert.Equal([2, 5], plan.Changed);
        Assert.Equal("Öffnen Sie bitte die Einstellungen.", plan.Kept[1]);
    }

    [Fact]
    public void Should_refuse_to_plan_when_the_translation_does_not_line_up_with_its_source()
    {
        Assert.Null(IncrementalTranslation.Plan(OldSource, NewSource, "# Daten exportieren\n\nAlles in einem Absatz.\n", []));
    }

    [Fact]
    public async Task Should_send_only_the_changed_paragraphs_and_keep_the_others_byte_identical_when_a_provider_is_configured()
    {
        await using var server = await LocalHttpServer.StartAsync(AzureTranslatorProviderTests.FakeTranslatorAsync);
        var drafter = new TranslationDrafter(new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)));
        var plan = IncrementalTranslation.Plan(OldSource, NewSource, HumanTranslation, [])!;

        var draft = await drafter.RedraftAsync("Export data", false, "Daten exportieren", plan, true, "en", "de", Formality.Default, [], CancellationToken.None);

        var sent = server.Requests.SelectMany(r => JsonNode.Parse(r.Body)!.AsArray()).Select(i => i!["Text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Choose **Export**, pick a format and wait.", "Open the file in a spreadsheet."], sent);
        var paragraphs = MarkdownParagraphs.Split(draft.Markdown);
        var old = MarkdownParagraphs.Split(HumanTranslation);
        Assert.Equal(6, paragraphs.Count);
        Assert.Equal(old[0], paragraphs[0]);
        Assert.Equal(old[1], paragraphs[1]);
        Assert.Equal(old[3], paragraphs[3]);
        Assert.Equal(old[4], paragraphs[4]);
        Assert.Contains("Export", paragraphs[2]);
        Assert.Equal("Öffnen Sie die file in a spreadsheet.", paragraphs[5]);
        Assert.Equal("Daten exportieren", draft.Title);
        Assert.Equal([2, 5], draft.TranslatedParagraphs);
        Assert.Equal(4, draft.KeptParagraphs);
        Assert.Equal(TranslationDraftStatus.MachineTranslated, draft.Status);
    }

    [Fact]
    public async Task Should_translate_the_title_too_when_it_changed_in_the_source()
    {
        await using var server = await LocalHttpServer.StartAsync(AzureTranslatorProviderTests.FakeTranslatorAsync);
        var drafter = new TranslationDrafter(new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)));
        var plan = IncrementalTranslation.Plan(OldSource, OldSource.Replace("Open the settings.", "Open the settings page."), HumanTranslation, [])!;

        var draft = await drafter.RedraftAsync("Reset the password", true, "Daten exportieren", plan, true, "en", "de", Formality.Default, [], CancellationToken.None);

        Assert.Equal("Passwort zurücksetzen", draft.Title);
        Assert.Equal(2, JsonNode.Parse(Assert.Single(server.Requests).Body)!.AsArray().Count);
    }

    [Fact]
    public async Task Should_put_source_text_in_exactly_the_changed_paragraphs_and_list_them_when_no_provider_is_configured()
    {
        var drafter = new TranslationDrafter(new NoTranslationProvider(new LanguageDetector()));
        var plan = IncrementalTranslation.Plan(OldSource, NewSource, HumanTranslation, [])!;

        var draft = await drafter.RedraftAsync("Export data", false, "Daten exportieren", plan, true, "en", "de", Formality.Default, [], CancellationToken.None);

        var paragraphs = MarkdownParagraphs.Split(draft.Markdown);
        Assert.Equal(TranslationDraftStatus.NeedsTranslation, draft.Status);
        Assert.Equal([2, 5], draft.PendingParagraphs);
        Assert.Equal("Choose **Export**, pick a format and wait.", paragraphs[2]);
        Assert.Equal("Open the file in a spreadsheet.", paragraphs[5]);
        Assert.Equal("Öffnen Sie bitte die Einstellungen.", paragraphs[1]);
    }

    [Fact]
    public void Should_translate_again_a_paragraph_that_was_pending_even_when_its_source_did_not_change()
    {
        var pendingDraft = HumanTranslation.Replace("Die Datei kommt per E-Mail.", "The file arrives by mail.");

        var plan = IncrementalTranslation.Plan(OldSource, OldSource, pendingDraft, [4])!;

        Assert.Equal([4], plan.Changed);
    }
}
