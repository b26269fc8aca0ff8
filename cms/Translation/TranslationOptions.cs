namespace Knowledge.Cms.Translation;

/// <summary>Machine translation (section <c>Translation</c>).</summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary><c>None</c> (default), <c>AzureTranslator</c> or <c>Chat</c>.</summary>
    public TranslationProviderKind Provider { get; set; } = TranslationProviderKind.None;

    /// <summary>Retries after a 429 or 5xx answer or a timeout, with exponential backoff, before UNAVAILABLE.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles per retry (a Retry-After header wins when the provider sends one).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for one provider call.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Translate machine drafts back and score them against the source (chrF); doubles provider calls.</summary>
    public bool BackTranslationScore { get; set; } = true;

    public AzureTranslatorOptions AzureTranslator { get; set; } = new();

    public ChatTranslationOptions Chat { get; set; } = new();
}
