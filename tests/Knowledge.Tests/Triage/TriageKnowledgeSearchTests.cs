using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Triage;

/// <summary>The auto-reply's KB match comes from the product's search engine; an engine outage only costs the reply.</summary>
public sealed class TriageKnowledgeSearchTests
{
    private static readonly object PasswordQuestion = new
    {
        subject = "Forgot my password",
        body = "Hi, I forgot my password and can't log in to Lumen Workspace. How do I reset my password?",
    };

    [Fact]
    public async Task Should_create_the_ticket_without_a_reply_and_record_why_when_the_search_engine_is_down()
    {
        var engine = new SwitchableEngine();
        using var app = new KnowledgeApp(settings: new Dictionary<string, string?> { ["Triage:KnowledgeSearchTimeout"] = "00:00:05" },
            configureServices: services => services.AddSingleton<ISearchIndex>(sp =>
            {
                engine.Inner = sp.GetRequiredService<LuceneSearchIndex>();
                return engine;
            }));
        await TriageTestKit.WaitForModelAsync(app);

        engine.Down = true;
        var during = await TriageTestKit.CreateAsync(app, PasswordQuestion);
        var triage = during.GetProperty("triage");
        Assert.Equal("Password reset", during.GetProperty("issueType").GetProperty("name").GetString());
        Assert.False(triage.GetProperty("autoReply").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, triage.GetProperty("knowledgeMatch").ValueKind);
        Assert.Contains("No automatic reply: the knowledge search (Switchable) is unavailable", triage.GetProperty("explanation").GetString());
        Assert.NotEqual("AWAITING_CUSTOMER", during.GetProperty("status").GetString());
        Assert.DoesNotContain(during.GetProperty("messages").EnumerateArray(), m => m.GetProperty("kind").GetString() == "INTERNAL_NOTE");

        engine.Down = false;
        var after = await TriageTestKit.CreateAsync(app, PasswordQuestion);
        Assert.True(after.GetProperty("triage").GetProperty("autoReply").GetBoolean(), after.GetProperty("triage").GetProperty("explanation").GetString());
        Assert.Equal("AWAITING_CUSTOMER", after.GetProperty("status").GetString());
    }

    /// <summary>The real engine behind a switch that makes every call fail like an unreachable server.</summary>
    private sealed class SwitchableEngine : ISearchIndex
    {
        public ISearchIndex Inner { get; set; } = null!;
        public volatile bool Down;

        public string Provider => "Switchable";

        private ISearchIndex Up => Down ? throw new HttpRequestException("engine unreachable (test)") : Inner;

        public Task EnsureCreatedAsync(CancellationToken cancellationToken) => Inner.EnsureCreatedAsync(cancellationToken);
        public Task ReplaceAsync(IReadOnlyList<EntityDocuments> entities, CancellationToken cancellationToken) => Inner.ReplaceAsync(entities, cancellationToken);
        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Up.SearchAsync(query, cancellationToken);
        public Task<int> RebuildAsync(IAsyncEnumerable<IReadOnlyList<EntityDocuments>> batches, CancellationToken cancellationToken) => Inner.RebuildAsync(batches, cancellationToken);
        public Task<long> CountAsync(CancellationToken cancellationToken) => Inner.CountAsync(cancellationToken);
        public Task<SearchHealth> HealthAsync(CancellationToken cancellationToken) => Inner.HealthAsync(cancellationToken);
    }
}
