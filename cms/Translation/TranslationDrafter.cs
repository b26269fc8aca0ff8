using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Turns a source title and Markdown body into a draft for one target locale, the unit a translation job writes.
/// With no provider the draft is marked NEEDS_TRANSLATION and carries glossary hints for the human translator; with a
/// provider it is machine-translated, and any provider failure propagates before anything is returned, so a job
/// never stores a half-translated draft. With <c>Translation:BackTranslationScore</c> the translation is translated back
/// and compared with the source (<see cref="ChrF"/>), a cheap signal of meaning lost on the way.
/// </summary>
public sealed class TranslationDrafter(ITranslationProvider provider, bool scoreBackTranslation = false)
{
    public async Task<TranslationDraft> DraftAsync(string title, string markdown, string sourceLocale, string targetLocale,
        Formality formality, IReadOnlyList<GlossaryTerm> glossary, CancellationToken cancellationToken)
    {
        var source = Guard.Locale(sourceLocale, "sourceLocale");
        var target = Guard.Locale(targetLocale, "targetLocale");
        if (source == target) throw KnowledgeException.Invalid("targetLocale", $"'{target}' is the source locale.");
        var hints = glossary.Where(t => ProtectedSpans.Occurrences(title + "\n" + markdown, t.Source).Any()).ToList();
        if (!provider.IsConfigured)
            return new TranslationDraft(target, TranslationDraftStatus.NeedsTranslation, title, markdown, hints, [NoTranslationProvider.Message], provider.Name);

        var result = await provider.TranslateAsync(new TranslationRequest([title, markdown], target, source, formality, glossary), cancellationToken);
        var notes = result.Notes.Concat(MarkdownStructure.Differences(markdown, result.Translations[1]).Select(d => "Markdown structure differs from the source: " + d)).ToList();
        var score = scoreBackTranslation ? await BackTranslationScoreAsync(markdown, result.Translations[1], source, target, formality, glossary, notes, cancellationToken) : null;
        return new TranslationDraft(target, TranslationDraftStatus.MachineTranslated, result.Translations[0].Trim(), result.Translations[1], hints, notes, result.Provider)
        {
            BackTranslationScore = score,
        };
    }

    private async Task<double?> BackTranslationScoreAsync(string markdown, string translation, string source, string target, Formality formality,
        IReadOnlyList<GlossaryTerm> glossary, List<string> notes, CancellationToken cancellationToken)
    {
        try
        {
            // Preferred translations map back to their source terms; protected terms stay protected.
            var reversed = glossary.Select(t => t.IsProtected ? t : new GlossaryTerm(t.Target!, t.Source)).ToList();
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
