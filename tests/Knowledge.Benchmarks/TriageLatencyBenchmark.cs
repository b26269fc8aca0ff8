using System.Diagnostics;
using Knowledge.Cms;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Benchmarks;

/// <summary>
/// <c>triage-latency [--n 300]</c>: latency of the triage that createTicket runs inline, on the seeded demo help desk
/// with the model trained at start. Four measurements: the triage decision without the KB search (a matcher that
/// finds nothing); the same with the KB search through the search engine (Lucene here; it runs only for
/// auto-resolvable issue types); the KB search alone on every text (language detection included); and the whole
/// createTicket (validation, triage, one SaveChanges). Texts are demo-like tickets in all six languages. One request
/// at a time.
/// </summary>
internal sealed class TriageLatencyBenchmark : IBenchmark
{
    private static readonly string[] Texts =
    [
        "Forgot my password\nHi, I forgot my password and can't log in to Lumen Workspace. How do I reset it?",
        "Dringend: Lumen ist ausgefallen\nSeit 9 Uhr ist Lumen für alle Nutzer nicht erreichbar, nur 502 Bad Gateway. Die Produktion steht still.",
        "Facture incorrecte\nBonjour, notre facture de ce mois comporte 12 sièges alors que nous n'en avons que 9. Pouvez-vous corriger ?",
        "La exportación CSV no termina\nLa exportación de proyectos lleva una hora en curso y nunca termina. ¿Qué puedo hacer?",
        "Webhook が届かない\n昨日から Webhook の通知が届きません。エンドポイントは正常に動作しています。",
        "报表加载很慢\n最近仪表板和报表加载非常慢，需要一分钟以上才能打开。",
        "Salesforce sync stopped\nOur Salesforce integration stopped syncing contacts since the last update, error LW-4410 on every run.",
        "Two-factor codes rejected\nMy authenticator app codes are always rejected when I sign in on my new phone.",
    ];

    public string Name => "triage-latency";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var n = args.Length >= 2 && args[0] == "--n" ? int.Parse(args[1]) : 300;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory, ["Seed:Demo"] = "true", ["Auth:BootstrapAdminKey"] = "bench-admin-key-0123456789",
        });
        builder.Services.AddKnowledgeCms();
        using var host = builder.Build();
        var started = Stopwatch.StartNew();
        await host.StartAsync();
        var models = host.Services.GetRequiredService<TriageModels>();
        while (models.Get(ModelKind.IssueType) is null) await Task.Delay(100);
        output.WriteLine($"# start-up with seeding and first training: {started.Elapsed.TotalSeconds:F1} s");

        var noSearch = await MeasureAsync(host.Services, n, async sp =>
        {
            var engine = new TriageEngine(sp.GetRequiredService<KnowledgeDbContext>(), sp.GetRequiredService<TaxonomyReader>(),
                sp.GetRequiredService<TriageModels>(), new NoMatches(), sp.GetRequiredService<IOptions<TriageOptions>>(), sp.GetRequiredService<IClock>(),
                sp.GetRequiredService<Knowledge.Cms.Languages.LanguageDetector>(), sp.GetRequiredService<Knowledge.Cms.Sla.SlaPolicies>(),
                sp.GetRequiredService<IOptions<Knowledge.Cms.Sla.SlaOptions>>());
            var text = Texts[Random.Shared.Next(Texts.Length)];
            await engine.DecideAsync(new TriageRequest("", text, null, null), CancellationToken.None);
        });
        var withSearch = await MeasureAsync(host.Services, n, async sp =>
            await sp.GetRequiredService<TriageEngine>().DecideAsync(new TriageRequest("", Texts[Random.Shared.Next(Texts.Length)], null, null), CancellationToken.None));
        var search = await MeasureAsync(host.Services, n, async sp =>
        {
            var text = Texts[Random.Shared.Next(Texts.Length)];
            var language = sp.GetRequiredService<Knowledge.Cms.Languages.LanguageDetector>().Detect(text) is { IsDetermined: true } d ? d.Language : "en";
            await sp.GetRequiredService<IKnowledgeMatcher>().MatchAsync(text, language, null, 3, CancellationToken.None);
        });
        var create = await MeasureAsync(host.Services, n, async sp =>
        {
            sp.GetRequiredService<CurrentUser>().Viewer = new Viewer(Role.Agent, "bench", null, [], []);
            var text = Texts[Random.Shared.Next(Texts.Length)].Split('\n');
            await sp.GetRequiredService<TicketService>().CreateAsync(new CreateTicketCommand(text[0], text[1]), CancellationToken.None);
        });
        output.WriteLine($"triage decision, no KB search : {Format(noSearch)}");
        output.WriteLine($"triage decision + KB search   : {Format(withSearch)}");
        output.WriteLine($"KB search alone (every text)  : {Format(search)}");
        output.WriteLine($"createTicket (service, + save): {Format(create)}");
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, true); } catch (IOException) { }
    }

    private static async Task<List<double>> MeasureAsync(IServiceProvider services, int n, Func<IServiceProvider, Task> action)
    {
        for (var i = 0; i < 20; i++) await RunOnceAsync(services, action); // warm-up
        var times = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var watch = Stopwatch.StartNew();
            await RunOnceAsync(services, action);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static async Task RunOnceAsync(IServiceProvider services, Func<IServiceProvider, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    private static string Format(List<double> sorted) =>
        $"p50 {sorted[sorted.Count / 2]:F2} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:F2} ms, max {sorted[^1]:F2} ms (n={sorted.Count})";

    /// <summary>A matcher that finds nothing: the latency of triage without the KB search.</summary>
    private sealed class NoMatches : IKnowledgeMatcher
    {
        public Task<KnowledgeMatchResult> MatchAsync(string text, string language, int? issueTypeId, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(KnowledgeMatchResult.None);
    }
}
