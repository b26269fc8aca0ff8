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

    /// <summary>
    /// When a search in a locale finds nothing and a provider is configured, translate the query into
    /// <see cref="SearchSourceLocale"/>, search there and translate titles and snippets back (marked machine-translated).
    /// </summary>
    public bool TranslateSearch { get; set; } = true;

    /// <summary>The locale most content is written in; on-the-fly search translation searches there.</summary>
    public string SearchSourceLocale { get; set; } = "en";

    /// <summary>How long translated search queries, titles and snippets are kept in memory.</summary>
    public TimeSpan SearchCacheDuration { get; set; } = TimeSpan.FromHours(1);

    public AzureTranslatorOptions AzureTranslator { get; set; } = new();

    public ChatTranslationOptions Chat { get; set; } = new();
}
