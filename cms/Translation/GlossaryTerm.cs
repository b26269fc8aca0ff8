namespace Knowledge.Cms.Translation;

/// <summary>
/// A glossary entry of a target locale: <see cref="Target"/> is the preferred translation of <see cref="Source"/>;
/// when it is null the term is protected (a product name, say) and must appear unchanged in the translation.
/// A case-sensitive term matches only as written ("SSO" but not "sso", "Knowledge" the product but not "knowledge").
/// </summary>
public sealed record GlossaryTerm(string Source, string? Target = null, bool CaseSensitive = false)
{
    public bool IsProtected => Target is null;

    /// <summary>What the translation must contain wherever the source has the term.</summary>
    public string Expected => Target ?? Source;

    /// <summary>How occurrences of this term are compared with text.</summary>
    public StringComparison Comparison => CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The entry for translating the other way (preferred translations map back; protected terms stay).</summary>
    public GlossaryTerm Reversed() => IsProtected ? this : new GlossaryTerm(Target!, Source, CaseSensitive);
}
