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

    /// <summary>Glossary terms the machine translation did not honour (empty for a draft that holds source text).</summary>
    public IReadOnlyList<string> GlossaryViolations { get; init; } = [];

    /// <summary>How the translation's Markdown tree differs from the source's (empty when the structure is kept).</summary>
    public IReadOnlyList<string> StructureDifferences { get; init; } = [];

    /// <summary>0-based paragraph indexes of <see cref="Markdown"/> that were machine-translated now.</summary>
    public IReadOnlyList<int> TranslatedParagraphs { get; init; } = [];

    /// <summary>0-based paragraph indexes of <see cref="Markdown"/> that hold source text for a human translator.</summary>
    public IReadOnlyList<int> PendingParagraphs { get; init; } = [];

    /// <summary>Paragraphs kept unchanged from the previous translation (incremental drafts).</summary>
    public int KeptParagraphs { get; init; }

    /// <summary>True when only the changed paragraphs were (re)translated.</summary>
    public bool Incremental { get; init; }
}
