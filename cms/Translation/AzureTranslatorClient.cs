using System.Net;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// The two Azure AI Translator v3 calls we need, on Azure.Core's HTTP pipeline (Azure.AI.Translation.Text is not
/// obtainable here). The pipeline's retry policy retries 408/429/5xx and network failures with exponential backoff and
/// honours Retry-After; what still fails becomes UNAVAILABLE, and a 400 becomes VALIDATION with the provider's message.
/// </summary>
internal sealed class AzureTranslatorClient
{
    private readonly HttpPipeline pipeline;
    private readonly AzureTranslatorOptions options;
    private readonly int maxRetries;

    public AzureTranslatorClient(TranslationOptions translation)
    {
        options = translation.AzureTranslator;
        maxRetries = translation.MaxRetries;
        var clientOptions = new TranslatorClientOptions();
        clientOptions.Retry.MaxRetries = translation.MaxRetries;
        clientOptions.Retry.Delay = translation.RetryDelay;
        clientOptions.Retry.MaxDelay = TimeSpan.FromTicks(translation.RetryDelay.Ticks * 16);
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.NetworkTimeout = translation.Timeout;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false; // customer text never goes to logs
        pipeline = HttpPipelineBuilder.Build(clientOptions);
    }

    public async Task<IReadOnlyList<AzureTranslateItem>> TranslateAsync(IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken)
    {
        var query = $"translate?api-version=3.0&to={Uri.EscapeDataString(to)}&textType=plain";
        if (from is not null) query += "&from=" + Uri.EscapeDataString(from);
        if (options.Category is { } category) query += "&category=" + Uri.EscapeDataString(category);
        var items = await SendAsync<List<AzureTranslateItem>>(query, texts, cancellationToken);
        if (items.Count != texts.Count || items.Any(i => i.Translations is not { Count: > 0 }))
            throw KnowledgeException.Unavailable($"Azure Translator answered {items.Count} results for {texts.Count} texts.");
        return items;
    }

    public async Task<AzureDetectItem> DetectAsync(string text, CancellationToken cancellationToken)
    {
        var items = await SendAsync<List<AzureDetectItem>>("detect?api-version=3.0", [text], cancellationToken);
        return items.Count == 1 ? items[0] : throw KnowledgeException.Unavailable("Azure Translator answered no detection.");
    }

    private async Task<T> SendAsync<T>(string pathAndQuery, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(new Uri(options.Endpoint.ToString().TrimEnd('/') + "/" + pathAndQuery));
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key!);
        if (!string.IsNullOrWhiteSpace(options.Region)) request.Headers.Add("Ocp-Apim-Subscription-Region", options.Region);
        request.Headers.Add("Content-Type", "application/json; charset=UTF-8");
        request.Headers.Add("X-ClientTraceId", Guid.NewGuid().ToString());
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(texts.Select(t => new AzureTextItem(t)).ToList()));
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw KnowledgeException.Unavailable($"Azure Translator could not be reached (retried up to {maxRetries} times): {ex.Message}");
        }
        var response = message.Response;
        if (response.Status is >= 200 and < 300)
            return JsonSerializer.Deserialize<T>(response.Content.ToMemory().Span)
                   ?? throw KnowledgeException.Unavailable("Azure Translator answered an empty body.");
        var error = TryReadError(response);
        throw response.Status switch
        {
            (int)HttpStatusCode.BadRequest => KnowledgeException.Invalid("input", $"Azure Translator refused the request: {error}"),
            (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden =>
                KnowledgeException.Unavailable($"Azure Translator rejected the credentials (HTTP {response.Status}): {error}"),
            _ => KnowledgeException.Unavailable($"Azure Translator failed with HTTP {response.Status} (retried up to {maxRetries} times): {error}"),
        };
    }

    private static string TryReadError(Response response)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<AzureErrorEnvelope>(response.Content.ToMemory().Span);
            return envelope?.Error is { } e ? $"{e.Code} {e.Message}" : response.ReasonPhrase;
        }
        catch (JsonException)
        {
            return response.ReasonPhrase;
        }
    }

    private sealed class TranslatorClientOptions : ClientOptions;
}
