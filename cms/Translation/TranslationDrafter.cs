using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Turns a source title and Markdown body into a draft for one target locale, the unit a translation job writes.
/// With no provider the draft is marked NEEDS_TRANSLATION and carries glossary hints for the human translator; with a
/// provider it is machine-translated, and any provider failure propagates before anything is returned, so a job
/// never stores a half-translated draft. With <c>Translation:BackTranslationScore</c> the translation is translated back
/// and compared with the source (<see cref="ChrF"/>), a cheap signal of meaning lost on the way.
/// <see cref="RedraftAsync"/> updates a stale translation paragraph by paragraph.
/// </summary>
public sealed class TranslationDrafter(ITranslationProvider provider, bool scoreBackTranslation = false)
{
    /// <summary>False without a provider: drafts then hold source text for a human translator.</summary>
    public bool IsConfigured => provider.IsConfigured;

    public async Task<TranslationDraft> DraftAsync(string title, string markdown, string sourceLocale, string targetLocale,
        Formality formality, IReadOnlyList<GlossaryTerm> glossary, CancellationToken cancellationToken)
    {
        var (source, target) = Locales(sourceLocale, targetLocale);
        var hints = Hints(title + "\n" + markdown, glossary);
        var paragraphs = Enumerable.Range(0, MarkdownParagraphs.Split(markdown).Count).ToList();
        if (!provider.IsConfigured)
            return new TranslationDraft(target, TranslationDraftStatus.NeedsTranslation, title, markdown, hints, [NoTranslationProvider.Message], provider.Name)
            {
                PendingParagraphs = paragraphs,
            };

        var result = await provider.TranslateAsync(new TranslationRequest([title, markdown], target, source, formality, glossary), cancellationToken);
        var structure = MarkdownStructure.Differences(markdown, result.Translations[1]);
        var notes = result.Notes.Concat(structure.Select(d => "Markdown structure differs from the source: " + d)).ToList();
        var score = scoreBackTranslation ? await BackTranslationScoreAsync(markdown, result.Translations[1], source, target, formality, glossary, notes, cancellationToken) : null;
        return new TranslationDraft(target, TranslationDraftStatus.MachineTranslated, result.Translations[0].Trim(), result.Translations[1], hints, notes, result.Provider)
        {
            BackTranslationScore = score,
            GlossaryViolations = Violations(glossary, (title, result.Translations[0]), (markdown, result.Translations[1])),
            StructureDifferences = structure,
            TranslatedParagraphs = paragraphs,
        };
    }

    /// <summary>
    /// A stale translation brought up to date: only the new source's changed paragraphs (and the title, when it
    /// changed) go to the provider; every other paragraph keeps the translator's text byte for byte. Without a provider
    /// the changed paragraphs hold the new source text and are listed as pending.
    /// </summary>
    public async Task<TranslationDraft> RedraftAsync(string title, bool titleChanged, string translatedTitle, IncrementalTranslation plan, bool finalNewline,
        string sourceLocale, string targetLocale, Formality formality, IReadOnlyList<GlossaryTerm> glossary, CancellationToken cancellationToken)
    {
        var (source, target) = Locales(sourceLocale, targetLocale);
        var changed = plan.Changed;
        var keptCount = plan.Source.Count - changed.Count;
        var hints = Hints((titleChanged ? title + "\n" : "") + string.Join("\n\n", changed.Select(i => plan.Source[i])), glossary);
        var notes = new List<string> { $"Re-translated paragraph by paragraph: {changed.Count} changed, {keptCount} kept as they were." };
        if (!provider.IsConfigured)
        {
            notes.Add(NoTranslationProvider.Message);
            if (titleChanged) notes.Add("The title changed in the source; it holds the source title.");
            return new TranslationDraft(target, TranslationDraftStatus.NeedsTranslation, titleChanged ? title : translatedTitle, plan.Compose(new Dictionary<int, string>(), finalNewline),
                hints, notes, provider.Name) { PendingParagraphs = changed, KeptParagraphs = keptCount, Incremental = true };
        }

        var texts = (titleChanged ? [title] : Array.Empty<string>()).Concat(changed.Select(i => plan.Source[i])).ToList();
        IReadOnlyList<string> translations = [];
        if (texts.Count > 0)
        {
            var result = await provider.TranslateAsync(new TranslationRequest(texts, target, source, formality, glossary), cancellationToken);
            notes.AddRange(result.Notes);
            translations = result.Translations;
        }
        var offset = titleChanged ? 1 : 0;
        var replacements = changed.Select((p, k) => (p, k)).ToDictionary(x => x.p, x => translations[x.k + offset].Trim('\n'));
        var markdown = plan.Compose(replacements, finalNewline);
        var structure = MarkdownStructure.Differences(MarkdownParagraphs.Join(plan.Source, finalNewline), markdown);
        notes.AddRange(structure.Select(d => "Markdown structure differs from the source: " + d));
        var pairs = changed.Select(i => (plan.Source[i], replacements[i])).ToList();
        if (titleChanged) pairs.Add((title, translations[0]));
        return new TranslationDraft(target, TranslationDraftStatus.MachineTranslated, titleChanged ? translations[0].Trim() : translatedTitle, markdown, hints, notes,
            provider.Name)
        {
            GlossaryViolations = Violations(glossary, [.. pairs]),
            StructureDifferences = structure,
            TranslatedParagraphs = changed,
            KeptParagraphs = keptCount,
            Incremental = true,
        };
    }

    private static (string Source, string Target) Locales(string sourceLocale, string targetLocale)
    {
        var source = Guard.Locale(sourceLocale, "sourceLocale");
        var target = Guard.Locale(targetLocale, "targetLocale");
        if (source == target) throw KnowledgeException.Invalid("targetLocale", $"'{target}' is the source locale.");
        return (source, target);
    }

    private static List<GlossaryTerm> Hints(string text, IReadOnlyList<GlossaryTerm> glossary) =>
        glossary.Where(t => ProtectedSpans.Occurrences(text, t.Source, t.Comparison).Any()).ToList();

    private static IReadOnlyList<string> Violations(IReadOnlyList<GlossaryTerm> glossary, params (string Source, string Translation)[] pairs) =>
        pairs.SelectMany(p => GlossaryCheck.Find(p.Source, p.Translation, glossary)).Select(v => v.Describe()).Distinct().ToList();

    private async Task<double?> BackTranslationScoreAsync(string markdown, string translation, string source, string target, Formality formality,
        IReadOnlyList<GlossaryTerm> glossary, List<string> notes, CancellationToken cancellationToken)
    {
        try
        {
            // Preferred translations map back to their source terms; protected terms stay protected.
            var reversed = glossary.Select(t => t.Reversed()).ToList();
            var back = await provider.TranslateAsync(new TranslationRequest([translation], source, target, formality, reversed), cancellationToken);
            return Math.Round(ChrF.Score(markdown, back.Translations[0]), 4);
        }
        catch (KnowledgeException ex) when (ex.Code == ErrorCodes.Unavailable)
        {
            notes.Add("No back-translation score: " + ex.Message); // the forward translation stands; only the score is missing
            return null;
        }
    }
}
