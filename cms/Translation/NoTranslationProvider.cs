using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;

namespace Knowledge.Cms.Translation;

/// <summary>
/// <c>Translation:Provider=None</c> (the default): there is no machine translation, and this provider says so instead
/// of producing anything that could pass for a translation. Detection falls back to the embedded detector.
/// </summary>
public sealed class NoTranslationProvider(LanguageDetector detector) : ITranslationProvider
{
    public const string Message = "No translation provider is configured (Translation:Provider=None); create a draft for a human translator instead.";

    public string Name => "none";

    public bool IsConfigured => false;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken) =>
        throw KnowledgeException.Unavailable(Message);

    public Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(detector.DetectInput(text, "text"));
}
