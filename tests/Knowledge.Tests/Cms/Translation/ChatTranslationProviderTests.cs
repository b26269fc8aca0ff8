using System.Text.Json.Nodes;
using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Tests.TestKit;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Tests.Cms.Translation;

/// <summary>The chat provider through the real OpenAI client against a local server speaking the Chat Completions wire format.</summary>
public sealed class ChatTranslationProviderTests
{
    private const string Source = """
        # Reset the password

        Open the settings and click **Reset**. See [the guide](https://help.example.com/reset) and [KB:reset-your-password].
        Contoso Desk sends a ticket number by mail.

        ```bash
        contoso reset --user "the admin"
        ```

        - Open the settings.
        - Run `contoso login` again.
        """;

    private static readonly GlossaryTerm[] Glossary = [new("Contoso Desk"), new("ticket", "Vorgang")];

    [Fact]
    public async Task Should_translate_with_register_and_glossary_and_restore_protected_parts_when_the_model_answers()
    {
        await using var server = await LocalHttpServer.StartAsync((context, request) => AnswerAsync(context, FakeModel(request)));
        var provider = Provider(server);

        var result = await provider.TranslateAsync(new TranslationRequest([Source], "de", "en", Formality.Formal, Glossary), CancellationToken.None);

        var translation = result.Translations[0];
        Assert.Contains("```bash\ncontoso reset --user \"the admin\"\n```", translation);
        Assert.Contains("[die Anleitung](https://help.example.com/reset)", translation);
        Assert.Contains("[KB:reset-your-password]", translation);
        Assert.Contains("`contoso login`", translation);
        Assert.Empty(MarkdownStructure.Differences(Source, translation));
        Assert.Empty(result.Notes);
        Assert.Equal("chat:test-model", result.Provider);

        var body = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Equal("test-model", body["model"]!.GetValue<string>());
        var system = body["messages"]![0]!["content"]!.GetValue<string>();
        var user = body["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("German", system);
        Assert.Contains("'Sie'", system);
        Assert.Contains("\"ticket\" → \"Vorgang\"", system);
        Assert.Contains("\"Contoso Desk\"", system);
        Assert.DoesNotContain("contoso reset", user); // code is masked, never sent
        Assert.DoesNotContain("https://help.example.com", user);
    }

    [Fact]
    public async Task Should_flag_glossary_violations_when_the_model_ignores_the_glossary()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) => AnswerAsync(context, "Contoso Schreibtisch schickt eine Ticketnummer."));
        var provider = Provider(server);

        var result = await provider.TranslateAsync(
            new TranslationRequest(["Contoso Desk sends a ticket number."], "de", Glossary: Glossary), CancellationToken.None);

        Assert.Equal(2, result.Notes.Count);
        Assert.Contains(result.Notes, n => n.Contains("Contoso Desk"));
        Assert.Contains(result.Notes, n => n.Contains("Vorgang"));
    }

    [Fact]
    public async Task Should_retry_and_succeed_when_the_model_first_answers_429()
    {
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync((context, request) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return AnswerAsync(context, FakeModel(request));
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "0";
            return context.Response.WriteAsync("""{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}""");
        });

        var result = await Provider(server).TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None);

        Assert.Equal("Öffnen Sie die Einstellungen.", result.Translations[0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Should_fail_with_unavailable_after_the_retries_when_the_model_keeps_answering_503()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            return context.Response.WriteAsync("""{"error":{"message":"overloaded","type":"server_error"}}""");
        });

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            Provider(server).TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Should_fail_with_validation_and_call_nothing_when_the_target_locale_is_malformed()
    {
        await using var server = await LocalHttpServer.StartAsync((context, request) => AnswerAsync(context, FakeModel(request)));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            Provider(server).TranslateAsync(new TranslationRequest(["Hello"], "german!"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Should_give_the_register_instruction_and_keep_placeholders_when_translating_a_reply()
    {
        await using var server = await LocalHttpServer.StartAsync((context, request) => AnswerAsync(context, FakeModel(request)));

        var result = await Provider(server).TranslateAsync(new TranslationRequest(["Open the settings before {{date:2026-07-15}}."], "ja", "en", Formality.Formal, [],
            "Answer in polite teineigo (です/ます)."), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Contains("- Register: Answer in polite teineigo (です/ます).", body["messages"]![0]!["content"]!.GetValue<string>());
        Assert.DoesNotContain("{{date:", body["messages"]![1]!["content"]!.GetValue<string>()); // masked as a token
        Assert.Contains("{{date:2026-07-15}}", result.Translations[0]);
    }

    [Fact]
    public async Task Should_fail_with_unavailable_when_the_model_does_not_answer_in_time()
    {
        await using var server = await LocalHttpServer.StartAsync(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted));
        var options = Options(server);
        // Long enough for the retry to reach the server on a loaded machine (300 ms was not, under a parallel build).
        options.Timeout = TimeSpan.FromMilliseconds(1500);
        options.MaxRetries = 1;
        var provider = new ChatTranslationProvider(TranslationServiceCollectionExtensions.CreateChatClient(options), "test-model", options, new LanguageDetector());

        var error = await Assert.ThrowsAsync<KnowledgeException>(() => provider.TranslateAsync(new TranslationRequest(["Open the settings."], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Should_refuse_clearly_and_call_nothing_when_a_paragraph_is_over_the_model_limit()
    {
        await using var server = await LocalHttpServer.StartAsync((context, request) => AnswerAsync(context, FakeModel(request)));
        var huge = string.Join(' ', Enumerable.Repeat("settings", 2_000));

        var error = await Assert.ThrowsAsync<KnowledgeException>(() => Provider(server).TranslateAsync(new TranslationRequest([huge], "de"), CancellationToken.None));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains("12,000", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Should_fail_with_validation_and_call_nothing_when_no_text_is_given()
    {
        await using var server = await LocalHttpServer.StartAsync((context, request) => AnswerAsync(context, FakeModel(request)));

        var chat = await Assert.ThrowsAsync<KnowledgeException>(() => Provider(server).TranslateAsync(new TranslationRequest([], "de"), CancellationToken.None));
        var azure = await Assert.ThrowsAsync<KnowledgeException>(() =>
            new AzureTranslatorProvider(AzureTranslatorProviderTests.Options(server)).TranslateAsync(new TranslationRequest([], "de"), CancellationToken.None));

        Assert.Equal(("texts", "texts"), (chat.Field, azure.Field));
        Assert.Empty(server.Requests);
    }

    private static ChatTranslationProvider Provider(LocalHttpServer server)
    {
        var options = Options(server);
        return new ChatTranslationProvider(TranslationServiceCollectionExtensions.CreateChatClient(options), "test-model", options, new LanguageDetector());
    }

    private static TranslationOptions Options(LocalHttpServer server) => new()
    {
        Provider = TranslationProviderKind.Chat,
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(10),
        Chat = new ChatTranslationOptions { Endpoint = new Uri(server.BaseAddress, "/v1"), ApiKey = "test-key", Model = "test-model" },
    };

    // A stand-in model: translates a few words of the user message and keeps the ⟦n⟧ tokens, as the prompt asks.
    private static string FakeModel(RecordedRequest request)
    {
        var user = JsonNode.Parse(request.Body)!["messages"]![1]!["content"]!.GetValue<string>();
        return user.Replace("Reset the password", "Passwort zurücksetzen").Replace("Open the settings", "Öffnen Sie die Einstellungen")
            .Replace("the guide", "die Anleitung").Replace("a ticket", "einen Vorgang");
    }

    private static Task AnswerAsync(HttpContext context, string content)
    {
        var response = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_764_000_000,
            ["model"] = "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 50, ["completion_tokens"] = 20, ["total_tokens"] = 70 },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(response.ToJsonString());
    }
}
