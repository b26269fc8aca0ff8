using Knowledge.Cms.Languages;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Machine translation behind one interface, chosen by <c>Translation:Provider</c>. Implementations retry rate
/// limits and server errors with backoff and then fail with an <c>UNAVAILABLE</c> <see cref="Common.KnowledgeException"/>;
/// bad input (unknown language, text over the provider's limit that cannot be split) fails with <c>VALIDATION</c>.
/// They never return invented text: without a provider, <see cref="IsConfigured"/> is false and calls fail.
/// </summary>
public interface ITranslationProvider
{
    /// <summary>Provider name for notes and logs (<c>none</c>, <c>azure-translator</c>, <c>chat:&lt;model&gt;</c>).</summary>
    string Name { get; }

    /// <summary>False for the <c>None</c> provider: callers create drafts for human translators instead.</summary>
    bool IsConfigured { get; }

    Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken);

    /// <summary>The provider's own language detection (the product's embedded detector is <see cref="LanguageDetector"/>).</summary>
    Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken);
}
