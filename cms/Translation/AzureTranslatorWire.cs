using System.Text.Json.Serialization;

namespace Knowledge.Cms.Translation;

// The JSON of Azure AI Translator REST v3 (translate and detect), as its API reference documents it.

internal sealed record AzureTextItem([property: JsonPropertyName("Text")] string Text);

internal sealed record AzureTranslateItem(
    [property: JsonPropertyName("detectedLanguage")] AzureDetectedLanguage? DetectedLanguage,
    [property: JsonPropertyName("translations")] IReadOnlyList<AzureTranslation> Translations);

internal sealed record AzureDetectedLanguage(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("score")] double Score);

internal sealed record AzureTranslation(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("to")] string To);

internal sealed record AzureDetectItem(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("alternatives")] IReadOnlyList<AzureDetectItem>? Alternatives);

internal sealed record AzureErrorEnvelope([property: JsonPropertyName("error")] AzureError? Error);

internal sealed record AzureError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string? Message);
