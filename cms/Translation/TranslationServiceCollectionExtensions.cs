using System.ClientModel;
using System.ClientModel.Primitives;
using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Knowledge.Cms.Translation;

internal static class TranslationServiceCollectionExtensions
{
    /// <summary>The translation provider chosen by <c>Translation:Provider</c>, and the drafter that uses it.</summary>
    public static IServiceCollection AddKnowledgeTranslation(this IServiceCollection services)
    {
        services.AddOptions<TranslationOptions>().BindConfiguration(TranslationOptions.Section)
            .Validate(o => o.Provider != TranslationProviderKind.AzureTranslator || !string.IsNullOrWhiteSpace(o.AzureTranslator.Key),
                "Translation:AzureTranslator:Key is required when Translation:Provider is AzureTranslator.")
            .Validate(o => o.Provider != TranslationProviderKind.Chat || !string.IsNullOrWhiteSpace(o.Chat.Model),
                "Translation:Chat:Model is required when Translation:Provider is Chat.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10 && o.RetryDelay >= TimeSpan.Zero && o.Timeout > TimeSpan.Zero,
                "Translation:MaxRetries must be 0–10, RetryDelay non-negative and Timeout positive.")
            .Validate(o => Locales.TryNormalize(o.SearchSourceLocale, out _) && o.SearchCacheDuration >= TimeSpan.Zero,
                "Translation:SearchSourceLocale must be a locale code such as 'en', and SearchCacheDuration non-negative.")
            .ValidateOnStart();
        services.AddSingleton<ITranslationProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TranslationOptions>>().Value;
            var detector = sp.GetRequiredService<LanguageDetector>();
            return options.Provider switch
            {
                TranslationProviderKind.AzureTranslator => new AzureTranslatorProvider(options),
                TranslationProviderKind.Chat => new ChatTranslationProvider(CreateChatClient(options), options.Chat.Model!, options, detector),
                _ => new NoTranslationProvider(detector),
            };
        });
        services.AddSingleton(sp => new TranslationDrafter(sp.GetRequiredService<ITranslationProvider>(),
            sp.GetRequiredService<IOptions<TranslationOptions>>().Value.BackTranslationScore));
        services.AddInternal<GlossaryService>().AddInternal<TicketTranslationService>().AddInternal<ReplyTranslationService>()
            .AddInternal<TranslationReportReader>();
        services.AddScoped<TranslatingSearchService>();
        return services;
    }

    /// <summary>An OpenAI-compatible chat client; its own retries are off because <see cref="TransientRetry"/> owns them.</summary>
    internal static IChatClient CreateChatClient(TranslationOptions options)
    {
        var clientOptions = new OpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(0), NetworkTimeout = options.Timeout };
        if (options.Chat.Endpoint is { } endpoint) clientOptions.Endpoint = endpoint;
        var key = string.IsNullOrWhiteSpace(options.Chat.ApiKey) ? "not-needed" : options.Chat.ApiKey;
        return new OpenAI.Chat.ChatClient(options.Chat.Model, new ApiKeyCredential(key), clientOptions).AsIChatClient();
    }
}
