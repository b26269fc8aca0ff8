namespace Knowledge.Cms.Translation;

/// <summary>Which machine translation backs <see cref="ITranslationProvider"/> (<c>Translation:Provider</c>).</summary>
public enum TranslationProviderKind
{
    /// <summary>No machine translation: translation jobs create drafts marked for human translators.</summary>
    None,
    /// <summary>Azure AI Translator, REST API v3.</summary>
    AzureTranslator,
    /// <summary>A chat model through Microsoft.Extensions.AI (OpenAI, Azure OpenAI, Ollama, vLLM, …).</summary>
    Chat,
}
