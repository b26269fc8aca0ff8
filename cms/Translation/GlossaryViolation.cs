namespace Knowledge.Cms.Translation;

/// <summary>A glossary term of the source that its translation does not honour.</summary>
public sealed record GlossaryViolation(GlossaryTerm Term, int SourceOccurrences, int TranslationOccurrences)
{
    public string Describe() => Term.IsProtected
        ? $"Protected term '{Term.Source}' appears {SourceOccurrences}× in the source but {TranslationOccurrences}× unchanged in the translation."
        : $"'{Term.Source}' should be translated as '{Term.Target}' ({SourceOccurrences}× in the source, {TranslationOccurrences}× in the translation).";
}
