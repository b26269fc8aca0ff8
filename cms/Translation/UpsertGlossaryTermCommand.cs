namespace Knowledge.Cms.Translation;

/// <summary>
/// Adds or replaces the glossary entry of (<c>Locale</c>, <c>SourceTerm</c>). Either <c>Protected</c> is true, or
/// <c>Translation</c> gives the preferred rendering.
/// </summary>
public sealed record UpsertGlossaryTermCommand(
    string? Locale, string? SourceTerm, string? Translation, bool Protected, bool CaseSensitive = false, string? Note = null);
