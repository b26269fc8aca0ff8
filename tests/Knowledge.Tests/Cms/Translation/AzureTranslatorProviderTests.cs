using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Knowledge.Cms.Common;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Tests.Cms.Translation;

/// <summary>The Azure Translator provider against a local server speaking the v3 wire format of its API reference.</summary>
public sealed partial class AzureTranslatorProviderTests
{
    private const string Source = """
        # Reset the password

        Open the settings and click **Reset**. See [the guide](https://help.example.com/reset) and [KB:reset-your-password].
        Contoso Desk sends a ticket number by mail.

        ```bash
        contoso reset --user "the admin"
        ```

        1. Open the settings.
        2. Run `contoso login` again.
        """;

    private static readonly GlossaryTerm[] Glossary = [new("Contoso Desk"), new("ticket", "Vorgang")];

    [Fact]
    public async Task Should_translate_prose_and_keep_code_links_and_glossary_when_the_service_answers()
    {
        await using var server = await LocalHttpServer.StartAsync(FakeTranslatorAsync);
        var provider = new AzureTranslatorProvider(Options(server));

        var result = await provider.TranslateAsync(new TranslationRequest([Source], "de", "en", Formality.Formal, Glossary), CancellationToken.None);

        var translation = result.Translations[0];
        Assert.Contains("# Passwort zurücksetzen", translation);
        Assert.Contains("```bash\ncontoso reset --user \"the admin\"\n```", translation);
        Assert.Contains("(https://help.example.com/reset)", translation);
        Assert.Contains("[KB:reset-your-password]", translation);
        Assert.Contains("`contoso login`", translation);
        Assert.Contains("Contoso Desk", translation);
        Assert.Contains("Vorgang", translation);
        Assert.Empty(MarkdownStructure.Differences(Source, translation));
        Assert.Equal("en", result.DetectedSourceLanguage);
        Assert.Contains(result.Notes, n => n.Contains("formality", StringComparison.OrdinalIgnoreCase));

        var request = Assert.Single(server.Requests);
        Assert.Equal("/translate", request.Path);
        Assert.Equal("3.0", request.Query["api-version"]);
        Assert.Equal("de", request.Query["to"]);
        Assert.Equal("en", request.Query["from"]);
        Assert.Equal("test-key", request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal("westeurope", request.Headers["Ocp-Apim-Subscription-Region"]);
        var sent = JsonNode.Parse(request.Body)!.AsArray().Select(item => item!["Text"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(sent, t => t.Contains("contoso reset")); // code blocks never leave the process
        Assert.Contains(sent, t => t.Contains("<mstrans:dictionary translation=\"Vorgang\">ticket</mstrans:dictionary>"));
        Assert.Contains(sent, t => t.Contains("<mstrans:dictionary translation=\"Contoso Desk\">Contoso Desk</mstrans:dictionary>"));
    }

    [Fact]
    public async Task Should_retry_and_succeed_when_the_service_first_answers_429()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync((context, request) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return FakeTranslatorAsync(context, request);
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "0";
            return context.Response.WriteAsync("""{"error":{"code":429000,"message":"Too many requests."}}""");
        });
        var provider = new AzureTranslatorProvider(Options(server));

        var result = await provider.TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None);

        Assert.Equal("Öffnen Sie die Einstellungen.", result.Translations[0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Should_fail_with_unavailable_after_the_retries_when_the_service_keeps_answering_500()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 500;
            return context.Response.WriteAsync("""{"error":{"code":500000,"message":"An unexpected error occurred."}}""");
        });
        var provider = new AzureTranslatorProvider(Options(server));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            provider.TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.Equal(3, server.Requests.Count); // the first call and MaxRetries = 2 retries
    }

    [Fact]
    public async Task Should_fail_with_unavailable_when_the_service_does_not_answer_in_time()
    {
        await using var server = await LocalHttpServer.StartAsync(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
        var options = Options(server);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetries = 1;
        var provider = new AzureTranslatorProvider(options);

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            provider.TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
    }

    [Fact]
    public async Task Should_map_the_detect_answer_when_asked_to_detect()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) => context.Response.WriteAsync("""
            [{"language":"de","score":0.92,"isTranslationSupported":true,"isTransliterationSupported":false,
              "alternatives":[{"language":"nl","score":0.4,"isTranslationSupported":true,"isTransliterationSupported":false}]}]
            """));
        var provider = new AzureTranslatorProvider(Options(server));

        var detection = await provider.DetectAsync("Ich kann mich nicht anmelden.", CancellationToken.None);

        Assert.Equal("de", detection.Language);
        Assert.Equal(0.92, detection.Confidence);
        Assert.Equal("nl", Assert.Single(detection.Alternatives).Language);
        Assert.Equal("/detect", Assert.Single(server.Requests).Path);
    }

    [Theory]
    [InlineData("xx-NOPE")]
    [InlineData("12")]
    public async Task Should_fail_with_validation_and_send_nothing_when_the_target_locale_is_malformed(string target)
    {
        await using var server = await LocalHttpServer.StartAsync(FakeTranslatorAsync);
        var provider = new AzureTranslatorProvider(Options(server));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            provider.TranslateAsync(new TranslationRequest(["Hello"], target), CancellationToken.None));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal("targetLanguage", error.Field);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Should_refuse_clearly_and_send_nothing_when_a_paragraph_is_over_the_service_limit()
    {
        await using var server = await LocalHttpServer.StartAsync(FakeTranslatorAsync);
        var provider = new AzureTranslatorProvider(Options(server));
        var huge = string.Join(' ', Enumerable.Repeat("settings", 7_000));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            provider.TranslateAsync(new TranslationRequest([huge], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains("50,000", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Should_split_into_several_requests_when_the_paragraphs_together_are_over_the_limit()
    {
        await using var server = await LocalHttpServer.StartAsync(FakeTranslatorAsync);
        var provider = new AzureTranslatorProvider(Options(server));
        var paragraph = string.Join(' ', Enumerable.Repeat("settings", 3_000));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 5));

        var result = await provider.TranslateAsync(new TranslationRequest([text], "de"), CancellationToken.None);

        Assert.True(server.Requests.Count >= 2);
        Assert.Equal(5, result.Translations[0].Split("\n\n").Length);
        Assert.DoesNotContain("settings", result.Translations[0]);
    }

    internal static TranslationOptions Options(LocalHttpServer server) => new()
    {
        Provider = TranslationProviderKind.AzureTranslator,
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(10),
        AzureTranslator = new AzureTranslatorOptions { Endpoint = server.BaseAddress, Key = "test-key", Region = "westeurope" },
    };

    // Answers as Azure Translator v3 does: one result per input element, dictionary markup replaced by its translation.
    internal static Task FakeTranslatorAsync(HttpContext context, RecordedRequest request)
    {
        var items = JsonNode.Parse(request.Body)!.AsArray();
        var results = new JsonArray();
        foreach (var item in items)
        {
            var text = DictionaryMarkup().Replace(item!["Text"]!.GetValue<string>(), m => m.Groups[1].Value);
            text = text.Replace("Reset the password", "Passwort zurücksetzen").Replace("Open the", "Öffnen Sie die").Replace("Open", "Öffnen").Replace("settings", "Einstellungen")
                .Replace("click", "klicken Sie auf");
            results.Add(new JsonObject
            {
                ["detectedLanguage"] = new JsonObject { ["language"] = "en", ["score"] = 1.0 },
                ["translations"] = new JsonArray(new JsonObject { ["text"] = text.Trim(), ["to"] = request.Query["to"] }),
            });
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(results.ToJsonString());
    }

    [GeneratedRegex("<mstrans:dictionary translation=\"([^\"]*)\">[^<]*</mstrans:dictionary>")]
    private static partial Regex DictionaryMarkup();
}
