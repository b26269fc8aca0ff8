namespace Knowledge.Cms.Translation;

/// <summary>
/// The chat model used when <c>Translation:Provider=Chat</c> (section <c>Translation:Chat</c>): any OpenAI-compatible
/// endpoint (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM).
/// </summary>
public sealed class ChatTranslationOptions
{
    /// <summary>Base URL such as <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>; null = OpenAI.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>API key; local servers usually accept any value. Never commit it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model (or deployment) name.</summary>
    public string? Model { get; set; }
}
