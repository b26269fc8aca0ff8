using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Churn;

/// <summary>
/// Churn prediction: ingests usage, trains on account history (monthly snapshots labelled by cancellation within the
/// horizon), scores accounts with the model plus a rules layer for direct signals, explains each score, and raises a
/// churn alert when an account crosses the threshold.
/// </summary>
public sealed class ChurnService
{
    public const string AlertTopic = "churn.alert";

    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly ChurnOptions options;
    private readonly ChurnModelStore store;
    private readonly IEventBus bus;
    private readonly ILogger<ChurnService> logger;

    internal ChurnService(KnowledgeDbContext db, ICurrentUser user, IClock clock, IOptions<ChurnOptions> options, ChurnModelStore store, IEventBus bus, ILogger<ChurnService> logger)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.options = options.Value;
        this.store = store;
        this.bus = bus;
        this.logger = logger;
    }

    public async Task<int> RecordActivityAsync(IReadOnlyList<ActivityInput> days, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        if (days.Count > 10_000) throw KnowledgeException.Invalid("input", $"at most 10,000 account-days per call (got {days.Count}).");
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            if (d.Logins < 0 || d.ActiveSeats < 0 || d.FeatureEvents < 0) throw KnowledgeException.Invalid($"input[{i}]", "counts must not be negative.");
            if (d.Day > DateOnly.FromDateTime(clock.UtcNow).AddDays(1)) throw KnowledgeException.Invalid($"input[{i}].day", "is in the future.");
        }
        var accountIds = days.Select(d => d.AccountId).Distinct().ToList();
        var known = await db.Accounts.Where(a => accountIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var missing = accountIds.Except(known).ToList();
        if (missing.Count > 0) throw KnowledgeException.NotFound("Account", missing[0].ToString());
        var dayKeys = days.Select(d => d.Day).Distinct().ToList();
        var existing = await db.Set<AccountActivityDay>().Where(a => accountIds.Contains(a.AccountId) && dayKeys.Contains(a.Day)).ToListAsync(cancellationToken);
        foreach (var d in days)
        {
            var row = existing.FirstOrDefault(e => e.AccountId == d.AccountId && e.Day == d.Day);
            if (row is null)
            {
                row = new AccountActivityDay { AccountId = d.AccountId, Day = d.Day };
                db.Add(row);
                existing.Add(row);
            }
            (row.Logins, row.ActiveSeats, row.FeatureEvents) = (d.Logins, d.ActiveSeats, d.FeatureEvents);
        }
        await db.SaveChangesAsync(cancellationToken);
        return days.Count;
    }

    /// <summary>Trains on monthly snapshots of the last year; returns the cross-validated metrics of the new model.</summary>
    public async Task<BinaryMetrics> TrainAsync(Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var now = clock.UtcNow;
        var builder = await ChurnFeatureBuilder.LoadAsync(db, now.AddDays(-550), cancellationToken);
        var rows = new List<TabularRow>();
        foreach (var account in builder.Accounts)
        {
            for (var monthsAgo = 12; monthsAgo >= 3; monthsAgo--)
            {
                var asOf = now.AddDays(-30 * monthsAgo);
                if (account.CreatedAt > asOf || account.CancelledAt is { } c && c <= asOf) continue;
                var churned = account.CancelledAt is { } cancelled && cancelled > asOf && cancelled <= asOf.AddDays(options.HorizonDays);
                rows.Add(builder.Build(account.Id, asOf).ToRow(churned));
            }
        }
        if (progress is not null) await progress(20);
        var trainer = new TabularBinaryTrainer();
        BinaryMetrics metrics;
        try
        {
            (metrics, _) = trainer.CrossValidate(rows, ChurnFeatures.Schema, folds: 4);
            if (progress is not null) await progress(70);
            var model = trainer.Train(rows, ChurnFeatures.Schema);
            store.Save(model, metrics, rows.Count, now);
        }
        catch (InvalidOperationException ex)
        {
            throw KnowledgeException.Invalid("training data", ex.Message + " The current model stays in place.");
        }
        logger.LogInformation("Churn model trained on {Rows} snapshots: ROC-AUC {Auc:F3}", rows.Count, metrics.RocAuc);
        if (progress is not null) await progress(80);
        await ScoreAllAsync(cancellationToken);
        if (progress is not null) await progress(100);
        return metrics;
    }

    /// <summary>Scores every active account now; raises alerts for accounts that crossed the threshold.</summary>
    public async Task<int> ScoreAllAsync(CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var now = clock.UtcNow;
        var builder = await ChurnFeatureBuilder.LoadAsync(db, now.AddDays(-200), cancellationToken);
        var active = builder.Accounts.Where(a => a.CancelledAt is null).ToList();
        var features = active.Select(a => builder.Build(a.Id, now)).ToList();
        var model = store.Current;
        var scores = model?.ScoreMany(features.Select(f => f.ToRow(false)).ToList());
        var previous = await db.Set<ChurnAssessment>().AsNoTracking().GroupBy(a => a.AccountId)
            .Select(g => g.OrderByDescending(a => a.ComputedAt).First()).ToDictionaryAsync(a => a.AccountId, cancellationToken);
        var activeIds = active.Select(a => a.Id).ToList();
        var tracked = await db.Accounts.Where(a => activeIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var assessments = new List<ChurnAssessment>();
        for (var i = 0; i < active.Count; i++)
        {
            var assessment = Assess(features[i], scores?[i], now);
            var before = previous.GetValueOrDefault(active[i].Id);
            assessment.Alerted = assessment.Risk >= options.AlertThreshold && (before is null || before.Risk < options.AlertThreshold);
            assessments.Add(assessment);
            tracked[active[i].Id].HealthScore = (int)Math.Round(100 * (1 - assessment.Risk));
        }
        db.AddRange(assessments);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var alert in assessments.Where(a => a.Alerted))
            await bus.PublishAsync(new DomainEvent(AlertTopic, (int)alert.Id, new Dictionary<string, string>
            {
                ["risk"] = alert.Risk.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                ["accountId"] = alert.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }), cancellationToken);
        return assessments.Count;
    }

    public async Task<Page<ChurnRisk>> ListRisksAsync(double minRisk, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        Guard.Range(minRisk, 0, 1, "minRisk");
        var latest = await LatestAsync(cancellationToken);
        var ordered = latest.Where(r => r.Assessment.Risk >= minRisk).OrderByDescending(r => r.Assessment.Risk).ToList();
        return ordered.ToPage(page);
    }

    public async Task<IReadOnlyList<ChurnRisk>> LatestAsync(CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var assessments = await db.Set<ChurnAssessment>().AsNoTracking().GroupBy(a => a.AccountId)
            .Select(g => g.OrderByDescending(a => a.ComputedAt).ThenByDescending(a => a.Id).First()).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id) && a.CancelledAt == null).ToDictionaryAsync(a => a.Id, cancellationToken);
        return assessments.Where(a => accounts.ContainsKey(a.AccountId)).Select(a => new ChurnRisk(accounts[a.AccountId], a)).ToList();
    }

    /// <summary>The alert (an assessment that crossed the threshold) with its account, for the churnAlert subscription.</summary>
    public async Task<ChurnRisk?> AlertAsync(long assessmentId, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var assessment = await db.Set<ChurnAssessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null) return null;
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == assessment.AccountId, cancellationToken);
        return new ChurnRisk(account, assessment);
    }

    private ChurnAssessment Assess(ChurnFeatures features, TabularScore? score, DateTime now)
    {
        var reasons = new List<(string Feature, double Weight)>();
        if (score is not null) reasons.AddRange(score.Contributions.Take(3).Select(c => (c.Feature, c.Weight)));
        // Rules layer: direct signals raise the floor whatever the model says.
        var floor = 0.0;
        if (features.ChurnPhrases90 >= 1) { floor = Math.Max(floor, 0.55 + 0.1 * Math.Min(features.ChurnPhrases90, 3)); reasons.Insert(0, ("churn_phrases_90d", 10)); }
        if (features.DaysToRenewal <= 60 && features.LoginTrend < 0.7) { floor = Math.Max(floor, 0.6); reasons.Insert(0, ("days_to_renewal", 9)); }
        if (features.SeatTrend < 0.5) { floor = Math.Max(floor, 0.5); reasons.Add(("seat_trend", 8)); }
        var risk = Math.Max(score?.Probability ?? 0, floor);
        if (score is null && floor == 0) risk = RulesOnlyRisk(features);
        var distinct = reasons.GroupBy(r => r.Feature).Select(g => g.First()).ToList();
        var driver = distinct.Count == 0 || risk < 0.3 ? "STABLE" : ChurnFeatures.DriverOf(distinct[0].Feature);
        return new ChurnAssessment
        {
            AccountId = features.AccountId,
            Risk = Math.Round(Math.Clamp(risk, 0, 1), 4),
            Reasons = distinct.Select(r => features.Explain(r.Feature)).ToList(),
            Driver = driver,
            Play = ChurnPlays.For(driver),
            ComputedAt = now,
            Source = score is null ? "rules" : "model",
        };
    }

    /// <summary>Without a trained model: a transparent score from the usage and support trends.</summary>
    private static double RulesOnlyRisk(ChurnFeatures f) =>
        Math.Clamp(0.15 + 0.4 * Math.Max(0, 1 - f.LoginTrend) + 0.2 * f.NegativeShare90 + (f.DaysToRenewal < 90 ? 0.1 : 0), 0, 1);
}
