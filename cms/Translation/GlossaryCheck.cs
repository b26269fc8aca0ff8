namespace Knowledge.Cms.Translation;

/// <summary>Flags glossary terms that a translation dropped, translated although protected, or translated differently.</summary>
public static class GlossaryCheck
{
    public static IReadOnlyList<GlossaryViolation> Find(string source, string translation, IReadOnlyList<GlossaryTerm> glossary)
    {
        var violations = new List<GlossaryViolation>();
        foreach (var term in glossary)
        {
            if (string.IsNullOrWhiteSpace(term.Source)) continue;
            var inSource = ProtectedSpans.Occurrences(source, term.Source, term.Comparison).Count();
            if (inSource == 0) continue;
            var inTranslation = ProtectedSpans.Occurrences(translation, term.Expected, term.Comparison).Count();
            if (inTranslation < inSource) violations.Add(new GlossaryViolation(term, inSource, inTranslation));
        }
        return violations;
    }
}
