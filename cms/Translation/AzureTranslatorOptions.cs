namespace Knowledge.Cms.Translation;

/// <summary>Azure AI Translator (section <c>Translation:AzureTranslator</c>).</summary>
public sealed class AzureTranslatorOptions
{
    /// <summary>The global endpoint, a regional one, or a custom-domain resource endpoint.</summary>
    public Uri Endpoint { get; set; } = new("https://api.cognitive.microsofttranslator.com");

    /// <summary>Resource key (header Ocp-Apim-Subscription-Key). Required for this provider. Never commit it.</summary>
    public string? Key { get; set; }

    /// <summary>Resource region (header Ocp-Apim-Subscription-Region) for regional or multi-service resources.</summary>
    public string? Region { get; set; }

    /// <summary>Custom Translator category id, when a custom model should be used.</summary>
    public string? Category { get; set; }
}
