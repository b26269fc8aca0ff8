namespace Knowledge.Cms.Languages;

/// <summary>
/// The register a text is written in: the overall <see cref="Formality"/>, the language's own name for the level
/// (<c>Sie</c>, <c>du</c>, <c>teineigo</c>, <c>sonkeigo/kenjōgo</c>, <c>해요체</c>…), the words that showed it, and a
/// sentence for the agent. Rule-based: it reports what the text shows and says so when it shows nothing.
/// </summary>
public sealed record RegisterAnalysis(
    string Language,
    RegisterFormality Formality,
    string? Level,
    IReadOnlyList<string> Evidence,
    string Note)
{
    public static RegisterAnalysis Unknown(string language, string note) => new(language, RegisterFormality.Unknown, null, [], note);
}
