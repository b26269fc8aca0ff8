using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Knowledge.Tests.Cms.Translation;
using Knowledge.Tests.TestKit;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Tests.Api;

/// <summary>
/// An app (no demo seed) whose translation provider is Azure Translator, served by a local server that answers in
/// the v3 wire format. Tests switch the server's behaviour (<see cref="Mode"/>) and read what it received.
/// </summary>
public sealed partial class TranslationProviderAppFixture : IAsyncLifetime
{
    public LocalHttpServer Server { get; private set; } = null!;

    public KnowledgeApp App { get; private set; } = null!;

    public TranslatorMode Mode { get; set; } = TranslatorMode.Translate;

    public async Task InitializeAsync()
    {
        Server = await LocalHttpServer.StartAsync(HandleAsync);
        App = new KnowledgeApp(seedDemo: false, settings: new Dictionary<string, string?>
        {
            ["Translation:Provider"] = "AzureTranslator",
            ["Translation:AzureTranslator:Endpoint"] = Server.BaseAddress.ToString(),
            ["Translation:AzureTranslator:Key"] = "test-key",
            ["Translation:MaxRetries"] = "1",
            ["Translation:RetryDelay"] = "00:00:00.010",
            ["Translation:Timeout"] = "00:00:05",
            ["Translation:BackTranslationScore"] = "false",
        });
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The texts of every translate request received since <paramref name="skip"/> requests.</summary>
    public IReadOnlyList<string> SentTexts(int skip = 0) =>
        Server.Requests.Skip(skip).Where(r => r.Path == "/translate").SelectMany(r => JsonNode.Parse(r.Body)!.AsArray()).Select(i => i!["Text"]!.GetValue<string>()).ToList();

    private Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        switch (Mode)
        {
            case TranslatorMode.Fail:
                context.Response.StatusCode = 500;
                return context.Response.WriteAsync("""{"error":{"code":500000,"message":"An unexpected error occurred."}}""");
            case TranslatorMode.IgnoreDictionary:
                return AnswerAsync(context, request, text => Dictionary().Replace(text, m => m.Groups[2].Value));
            default:
                if (request.Query["to"] != "en") return AzureTranslatorProviderTests.FakeTranslatorAsync(context, request);
                return AnswerAsync(context, request, text => Dictionary().Replace(text, m => m.Groups[1].Value)
                    .Replace("Zebra-Bericht", "zebra report").Replace("Öffnen Sie die", "Open the").Replace("Einstellungen", "settings").Replace("Hallo", "Hello"));
        }
    }

    private static Task AnswerAsync(HttpContext context, RecordedRequest request, Func<string, string> translate)
    {
        var results = new JsonArray();
        foreach (var item in JsonNode.Parse(request.Body)!.AsArray())
            results.Add(new JsonObject
            {
                ["detectedLanguage"] = new JsonObject { ["language"] = "de", ["score"] = 1.0 },
                ["translations"] = new JsonArray(new JsonObject { ["text"] = translate(item!["Text"]!.GetValue<string>()).Trim(), ["to"] = request.Query["to"] }),
            });
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(results.ToJsonString());
    }

    [GeneratedRegex("<mstrans:dictionary translation=\"([^\"]*)\">([^<]*)</mstrans:dictionary>")]
    private static partial Regex Dictionary();
}

/// <summary>How the stand-in translator answers.</summary>
public enum TranslatorMode
{
    /// <summary>Translates a few phrases, honouring the dynamic dictionary.</summary>
    Translate,
    /// <summary>Keeps marked-up terms untranslated (a service that ignores the glossary).</summary>
    IgnoreDictionary,
    /// <summary>HTTP 500 on every call.</summary>
    Fail,
}
