namespace Knowledge.Cms.Translation;

/// <summary>
/// The translations, one per request text in order, the source language the provider saw, and notes for the
/// reviewer (for example that the provider cannot honour a requested formality).
/// </summary>
public sealed record TranslationResult(
    IReadOnlyList<string> Translations,
    string Provider,
    string? DetectedSourceLanguage,
    IReadOnlyList<string> Notes);
