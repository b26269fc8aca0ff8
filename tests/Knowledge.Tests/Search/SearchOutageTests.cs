using Knowledge.Cms.Events;
using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Search;

/// <summary>An engine outage: writes still succeed, the outbox rows back off and are indexed once the engine is back.</summary>
public sealed class SearchOutageTests
{
    [Fact]
    public async Task Should_index_a_change_made_during_an_engine_outage_when_the_engine_comes_back()
    {
        var engine = new SwitchableEngine();
        using var app = new KnowledgeApp(settings: new Dictionary<string, string?>
        {
            ["Search:Indexer:PollIntervalMilliseconds"] = "50",
            ["Search:Indexer:RetryBaseSeconds"] = "1",
        }, configureServices: services => services.AddSingleton<ISearchIndex>(sp =>
        {
            engine.Inner = sp.GetRequiredService<LuceneSearchIndex>();
            return engine;
        }));
        Assert.True(await CountAsync(app, "password") > 0);

        engine.Down = true;
        var ticketId = await app.WithDbAsync(async db => await db.Tickets.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        await app.Client().QueryAsync($"mutation {{ updateTicket(input: {{ id: \"{Knowledge.Schema.Infrastructure.GlobalId.Encode("Ticket", ticketId)}\", tags: [\"outagezebra\"] }}) {{ ticket {{ id }} }} }}");
        await app.Client().QueryAsync($"mutation {{ addTicketMessage(input: {{ ticketId: \"{Knowledge.Schema.Infrastructure.GlobalId.Encode("Ticket", ticketId)}\", body: \"The quagmirezebra workaround.\" }}) {{ message {{ id }} }} }}");

        OutboxMessage? failed = null;
        for (var i = 0; i < 600 && failed is null; i++) // generous: CI machines are loaded
        {
            failed = await app.WithDbAsync(db => db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.EntityId == ticketId && m.LastError != null));
            if (failed is null) await Task.Delay(50);
        }
        Assert.NotNull(failed);
        Assert.Null(failed.ProcessedAt);
        Assert.True(failed.NextAttemptAt > failed.CreatedAt);
        Assert.Equal("UNAVAILABLE", (await app.Anonymous().PostAsync("{ search(query: \"password\", locale: \"en\") { totalCount } }")).FirstCode);

        engine.Down = false;
        var found = 0;
        for (var i = 0; i < 300 && found == 0; i++)
        {
            var data = await app.Client().QueryAsync("{ searchTickets(query: \"quagmirezebra\") { totalCount } }");
            found = data.GetProperty("searchTickets").GetProperty("totalCount").GetInt32();
            if (found == 0) await Task.Delay(100);
        }
        Assert.Equal(1, found);
        var pending = -1;
        for (var i = 0; i < 300 && pending != 0; i++)
        {
            pending = await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.ProcessedAt == null));
            if (pending != 0) await Task.Delay(100);
        }
        Assert.Equal(0, pending);
    }

    private static async Task<int> CountAsync(KnowledgeApp app, string q) =>
        (await app.Anonymous().QueryAsync("query($q: String!) { search(query: $q, locale: \"en\") { totalCount } }", new { q }))
        .GetProperty("search").GetProperty("totalCount").GetInt32();

    /// <summary>The real engine behind a switch that makes every call fail like an unreachable server.</summary>
    private sealed class SwitchableEngine : ISearchIndex
    {
        public ISearchIndex Inner { get; set; } = null!;
        public volatile bool Down;

        public string Provider => "Switchable";

        private ISearchIndex Up => Down ? throw new HttpRequestException("engine unreachable (test)") : Inner;

        public Task EnsureCreatedAsync(CancellationToken cancellationToken) => Up.EnsureCreatedAsync(cancellationToken);
        public Task ReplaceAsync(IReadOnlyList<EntityDocuments> entities, CancellationToken cancellationToken) => Up.ReplaceAsync(entities, cancellationToken);
        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Up.SearchAsync(query, cancellationToken);
        public Task<int> RebuildAsync(IAsyncEnumerable<IReadOnlyList<EntityDocuments>> batches, CancellationToken cancellationToken) => Up.RebuildAsync(batches, cancellationToken);
        public Task<long> CountAsync(CancellationToken cancellationToken) => Up.CountAsync(cancellationToken);
        public Task<SearchHealth> HealthAsync(CancellationToken cancellationToken) => Inner.HealthAsync(cancellationToken);
    }
}
