using System.Text.Json;
using Knowledge.Cms.Churn;
using Knowledge.Cms.Common;
using Knowledge.Cms.Events;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Api;

public sealed class ChurnTests : IDisposable
{
    private readonly KnowledgeApp app = new();

    public void Dispose() => app.Dispose();

    private async Task<BinaryMetrics> TrainAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
        return await scope.ServiceProvider.GetRequiredService<ChurnService>().TrainAsync(null, CancellationToken.None);
    }

    [Fact]
    public async Task Should_train_on_the_demo_history_and_rank_fading_accounts_first()
    {
        var alerts = new List<DomainEvent>();
        using var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe(ChurnService.AlertTopic, e => { lock (alerts) alerts.Add(e); return ValueTask.CompletedTask; });
        var metrics = await TrainAsync();
        Assert.True(metrics.RocAuc > 0.75, $"cross-validated ROC-AUC {metrics.RocAuc:F3} on the demo history");

        var data = await app.Client().QueryAsync("{ churnRisks(first: 10, minRisk: 0.5) { totalCount nodes { risk reasons driver suggestedPlay source account { name } } } }");
        var risks = data.GetProperty("churnRisks").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(risks);
        Assert.All(risks, r => Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray()));
        Assert.All(risks, r => Assert.Equal("model", r.GetProperty("source").GetString()));
        var fadingNames = await app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(KnowledgeApp.ReferenceDate);
            var recent = await db.AccountActivity.Where(a => a.Day > today.AddDays(-30)).GroupBy(a => a.AccountId).Select(g => new { g.Key, Logins = g.Average(a => a.Logins) }).ToListAsync();
            var earlier = await db.AccountActivity.Where(a => a.Day <= today.AddDays(-90) && a.Day > today.AddDays(-180)).GroupBy(a => a.AccountId).Select(g => new { g.Key, Logins = g.Average(a => a.Logins) }).ToListAsync();
            var fading = recent.Where(r => earlier.Any(e => e.Key == r.Key && r.Logins < e.Logins * 0.6)).Select(r => r.Key).ToList();
            return await db.Accounts.Where(a => fading.Contains(a.Id) && a.CancelledAt == null).Select(a => a.Name).ToListAsync();
        });
        Assert.NotEmpty(fadingNames);
        var top = risks.Take(fadingNames.Count).Select(r => r.GetProperty("account").GetProperty("name").GetString()).ToList();
        Assert.True(top.Count(n => n is not null && fadingNames.Contains(n)) >= fadingNames.Count / 2, $"top risks {string.Join(", ", top)} vs fading {string.Join(", ", fadingNames)}");
        Assert.NotEmpty(alerts);
    }

    [Fact]
    public async Task Should_report_enterprise_health_with_renewal_risk()
    {
        await TrainAsync();
        var report = (await app.Client().QueryAsync("{ accountHealthReport { account { name } health churnRisk renewalRisk daysToRenewal suggestedPlay } }"))
            .GetProperty("accountHealthReport").EnumerateArray().ToList();
        var northwind = Assert.Single(report, r => r.GetProperty("account").GetProperty("name").GetString() == "Northwind Health");
        Assert.True(northwind.GetProperty("renewalRisk").GetBoolean());
        Assert.InRange(northwind.GetProperty("daysToRenewal").GetInt32(), 40, 45);
    }

    [Fact]
    public async Task Should_ingest_usage_and_refuse_bad_rows()
    {
        var accountId = (await app.Client().QueryAsync("{ accounts(first: 1, where: { nameContains: \"Northwind\" }) { nodes { id } } }"))
            .GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString();
        const string mutation = "mutation($input: [AccountActivityInput!]!) { recordAccountActivity(input: $input) }";
        var stored = await app.Client().QueryAsync(mutation, new { input = new[] { new { accountId, day = "2026-05-30", logins = 12, activeSeats = 9, featureEvents = 40 } } });
        Assert.Equal(1, stored.GetProperty("recordAccountActivity").GetInt32());
        var negative = await app.Client().PostAsync(mutation, new { input = new[] { new { accountId, day = "2026-05-30", logins = -1, activeSeats = 9, featureEvents = 40 } } });
        Assert.Equal("VALIDATION", negative.FirstCode);
        var unknown = await app.Client().PostAsync(mutation, new { input = new[] { new { accountId = Knowledge.Schema.Infrastructure.GlobalId.Encode("Account", 99999), day = "2026-05-30", logins = 1, activeSeats = 1, featureEvents = 1 } } });
        Assert.Equal("NOT_FOUND", unknown.FirstCode);
        Assert.True(await app.WithDbAsync(db => db.AccountActivity.AnyAsync(a => a.Day == new DateOnly(2026, 5, 30) && a.Logins == 12)));
    }

    [Fact]
    public async Task Should_fail_training_clearly_and_keep_no_model_when_nothing_churned()
    {
        using var empty = new KnowledgeApp(seedDemo: false);
        await using var scope = empty.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
        var error = await Assert.ThrowsAsync<KnowledgeException>(() => scope.ServiceProvider.GetRequiredService<ChurnService>().TrainAsync(null, CancellationToken.None));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains("current model stays", error.Message);
        Assert.Null(empty.Services.GetRequiredService<ChurnModelStore>().Current);
    }
}

public sealed class UsageImportTests
{
    [Fact]
    public async Task Should_import_usage_from_csv_and_name_the_bad_line()
    {
        using var app = new KnowledgeApp();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
        var importer = scope.ServiceProvider.GetRequiredService<UsageCsvImporter>();
        var stored = await importer.ImportAsync(new StringReader("account,day,logins,activeSeats,featureEvents\nNorthwind Health,2026-05-31,40,30,120\n1,2026-05-31,3,2,9\n"), "usage.csv", CancellationToken.None);
        Assert.Equal(2, stored);
        var error = await Assert.ThrowsAsync<KnowledgeException>(() =>
            importer.ImportAsync(new StringReader("account,day,logins,activeSeats,featureEvents\nNorthwind Health,31/05/2026,40,30,120\n"), "bad.csv", CancellationToken.None));
        Assert.Contains("line 2.day", error.Message);
    }
}
