using System.Diagnostics;
using System.Text;
using Knowledge.Cms;
using Knowledge.Cms.Data;
using Knowledge.Cms.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Benchmarks;

/// <summary>
/// <c>classifier-throughput [--seconds 3] [--rounds 3]</c>: single-threaded predictions per second of the issue-type
/// model the product trains at start on the demo help desk, on the demo tickets as stored and on long tickets built
/// from them (four tickets' prose, a 40-frame stack trace and a code block, 6–10 KB each). Reports the median of the
/// rounds by wall clock and by the process's CPU time (the one-core figure on a shared machine).
/// </summary>
internal sealed class ClassifierThroughputBenchmark : IBenchmark
{
    public string Name => "classifier-throughput";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var seconds = Option(args, "--seconds", 3);
        var rounds = Option(args, "--rounds", 3);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory, ["Seed:Demo"] = "true", ["Auth:BootstrapAdminKey"] = "bench-admin-key-0123456789",
            ["Search:Indexer:Enabled"] = "false",
        });
        builder.Services.AddKnowledgeCms();
        using var host = builder.Build();
        await host.StartAsync();
        var models = host.Services.GetRequiredService<TriageModels>();
        while (models.Get(ModelKind.IssueType) is null) await Task.Delay(100);
        var classifier = models.Get(ModelKind.IssueType)!.Classifier;
        List<string> tickets;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>().Tickets.AsNoTracking()
                .OrderBy(t => t.Id).Select(t => new { t.Subject, t.Body }).ToListAsync();
            tickets = rows.Select(r => $"{r.Subject}\n{r.Body}").ToList();
        }
        var longTickets = tickets.Select((t, i) => Long(t, tickets, i)).ToList();
        output.WriteLine($"# issue-type model {models.Get(ModelKind.IssueType)!.Label}, {classifier.Labels.Count} classes; machine load {Load()}");
        foreach (var (name, texts) in new[] { ("demo tickets as stored", tickets), ("long tickets (prose + stack trace + code)", longTickets) })
        {
            var lengths = texts.Select(t => t.Length).Order().ToList();
            var wall = new List<double>();
            var cpu = new List<double>();
            foreach (var text in texts.Take(200)) classifier.Predict(text); // warm-up
            for (var round = 0; round < rounds; round++)
            {
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var count = 0;
                while (watch.Elapsed.TotalSeconds < seconds) classifier.Predict(texts[count++ % texts.Count]);
                var elapsed = watch.Elapsed.TotalSeconds;
                process.Refresh();
                wall.Add(count / elapsed);
                cpu.Add(count / Math.Max(1e-6, (process.TotalProcessorTime - cpuBefore).TotalSeconds));
            }
            output.WriteLine($"{name,-42}: median length {lengths[lengths.Count / 2],6:N0} chars (max {lengths[^1]:N0}); " +
                             $"{Median(wall),7:N0}/s wall, {Median(cpu),7:N0}/s per CPU second (median of {rounds} × {seconds} s)");
        }
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, true); } catch (IOException) { }
    }

    private static string Long(string ticket, List<string> all, int index)
    {
        var text = new StringBuilder(ticket).Append("\n\n");
        for (var k = 1; k <= 3; k++) text.Append(all[(index + k * 97) % all.Count]).Append("\n\n");
        text.Append("Here is the error from our logs:\n\nSystem.InvalidOperationException: Sequence contains no elements\n");
        for (var frame = 0; frame < 40; frame++)
            text.Append($"   at Contoso.Sync.Worker{frame % 7}.Step{frame}(SyncContext context, CancellationToken token) in /src/Contoso/Sync/Worker{frame % 7}.cs:line {100 + frame * 3}\n");
        text.Append("\nOur configuration:\n\n```json\n");
        for (var line = 0; line < 30; line++) text.Append($"  \"setting{line}\": {{ \"enabled\": true, \"retries\": {line % 5}, \"endpoint\": \"https://example.invalid/hook/{line}\" }},\n");
        return text.Append("```\n\nThanks for looking into it.").ToString();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
