namespace Knowledge.Cms.Translation;

/// <summary>
/// A locale draft: its status, its Markdown (the source itself when it still needs translating — never invented
/// text), the glossary terms that occur in the source with the rendering the translator must use, and reviewer notes.
/// </summary>
public sealed record TranslationDraft(
    string TargetLocale,
    TranslationDraftStatus Status,
    string Title,
    string Markdown,
    IReadOnlyList<GlossaryTerm> GlossaryHints,
    IReadOnlyList<string> Notes,
    string Provider)
{
    /// <summary>chrF (0–1) of the source against the back-translation; null without a provider or when not asked for.</summary>
    public double? BackTranslationScore { get; init; }
}
