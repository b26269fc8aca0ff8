namespace Knowledge.Cms.Translation;

/// <summary>
/// Texts to translate into one language. <see cref="SourceLanguage"/> null lets the provider detect it. Texts are
/// Markdown (plain text is valid Markdown): code, links, <c>[KB:…]</c> references and glossary terms are kept.
/// <see cref="RegisterInstruction"/> (a sentence such as "use teineigo です/ます") refines <see cref="Formality"/> for
/// providers that can follow it (the chat model); the others note that they cannot.
/// </summary>
public sealed record TranslationRequest(
    IReadOnlyList<string> Texts,
    string TargetLanguage,
    string? SourceLanguage = null,
    Formality Formality = Formality.Default,
    IReadOnlyList<GlossaryTerm>? Glossary = null,
    string? RegisterInstruction = null)
{
    public IReadOnlyList<GlossaryTerm> Terms => Glossary ?? [];
}
