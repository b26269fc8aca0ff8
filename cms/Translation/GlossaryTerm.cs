namespace Knowledge.Cms.Translation;

/// <summary>
/// A glossary entry of a target locale: <see cref="Target"/> is the preferred translation of <see cref="Source"/>;
/// when it is null the term is protected (a product name, say) and must appear unchanged in the translation.
/// </summary>
public sealed record GlossaryTerm(string Source, string? Target = null)
{
    public bool IsProtected => Target is null;

    /// <summary>What the translation must contain wherever the source has the term.</summary>
    public string Expected => Target ?? Source;
}
