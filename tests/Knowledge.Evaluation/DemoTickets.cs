using Knowledge.Cms;
using Knowledge.Cms.Data;
using Knowledge.Cms.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Evaluation;

/// <summary>
/// The demo help desk's tickets as labelled texts (<c>subject\nbody</c> → issue-type slug), read from a freshly seeded
/// database in a temporary directory: what <c>classify --train demo</c> trains and tests on. Long multi-paragraph
/// tickets in six languages, unlike the short public data sets.
/// </summary>
internal static class DemoTickets
{
    public static async Task<List<LabelledText>> LoadAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "knowledge-eval", Guid.NewGuid().ToString("n"));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Seed:Demo"] = "true",
            ["Search:Indexer:Enabled"] = "false",
            ["Triage:TrainOnStart"] = "false",
            ["Auth:BootstrapAdminKey"] = "evaluation-admin-key-0123456789",
        });
        builder.Services.AddKnowledgeCms();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            var rows = await (from t in db.Tickets.AsNoTracking()
                              join i in db.IssueTypes.AsNoTracking() on t.IssueTypeId equals i.Id
                              orderby t.Id
                              select new { t.Subject, t.Body, i.Slug }).ToListAsync(cancellationToken);
            return rows.Select(r => new LabelledText($"{r.Subject}\n{r.Body}", r.Slug)).ToList();
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }
}
