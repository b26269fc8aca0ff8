using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Cms.Translation;

/// <summary>The providers against the real services, when credentials are in the environment (never in the repository).</summary>
public sealed class LiveTranslationProviderTests
{
    private const string Source = "Open the **settings** of Contoso Desk and see [the guide](https://help.example.com/reset).\n\n```\ncontoso reset\n```\n";
    private static readonly GlossaryTerm[] Glossary = [new("Contoso Desk")];

    [LiveFact("KNOWLEDGE_TEST_AZURE_TRANSLATOR_KEY")]
    public async Task Should_translate_with_azure_translator_when_a_key_is_configured()
    {
        var options = new TranslationOptions
        {
            Provider = TranslationProviderKind.AzureTranslator,
            AzureTranslator = new AzureTranslatorOptions
            {
                Key = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_AZURE_TRANSLATOR_KEY"),
                Region = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_AZURE_TRANSLATOR_REGION"),
                Endpoint = new Uri(Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_AZURE_TRANSLATOR_ENDPOINT") ?? "https://api.cognitive.microsofttranslator.com"),
            },
        };

        await AssertTranslatesAsync(new AzureTranslatorProvider(options));
    }

    [LiveFact("KNOWLEDGE_TEST_OPENAI_API_KEY")]
    public async Task Should_translate_with_a_chat_model_when_an_openai_key_is_configured()
    {
        var options = new TranslationOptions
        {
            Provider = TranslationProviderKind.Chat,
            Chat = new ChatTranslationOptions
            {
                ApiKey = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_OPENAI_API_KEY"),
                Endpoint = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_OPENAI_ENDPOINT") is { Length: > 0 } e ? new Uri(e) : null,
                Model = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_OPENAI_MODEL") ?? "gpt-4o-mini",
            },
        };

        await AssertTranslatesAsync(new ChatTranslationProvider(TranslationServiceCollectionExtensions.CreateChatClient(options),
            options.Chat.Model!, options, new LanguageDetector()));
    }

    private static async Task AssertTranslatesAsync(ITranslationProvider provider)
    {
        var result = await provider.TranslateAsync(new TranslationRequest([Source], "de", "en", Formality.Formal, Glossary), CancellationToken.None);

        var translation = result.Translations[0];
        Assert.NotEqual(Source, translation);
        Assert.Equal("de", new LanguageDetector().Detect(translation).Language);
        Assert.Contains("Contoso Desk", translation);
        Assert.Empty(MarkdownStructure.Differences(Source, translation));
    }
}
