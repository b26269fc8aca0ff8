using System.Text.Json;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// Trains the triage models (issue type, severity, emotion) on the organisation's labelled tickets, agents'
/// corrections and the taxonomy's example phrases; evaluates each on a held-back stratified slice and promotes it
/// only if it is not worse than the active model on the same slice.
/// </summary>
public sealed class TriageTrainingService
{
    private const double TestFraction = 0.2;
    private readonly KnowledgeDbContext db;
    private readonly TaxonomyReader taxonomy;
    private readonly TriageModels models;
    private readonly TriageOptions options;
    private readonly IClock clock;
    private readonly ILogger<TriageTrainingService> logger;

    internal TriageTrainingService(KnowledgeDbContext db, TaxonomyReader taxonomy, TriageModels models, IOptions<TriageOptions> options, IClock clock, ILogger<TriageTrainingService> logger)
    {
        this.db = db;
        this.taxonomy = taxonomy;
        this.models = models;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Trains all kinds; the issue-type model must succeed, severity and emotion are skipped when their labels cannot train.</summary>
    public async Task<IReadOnlyList<ModelVersion>> TrainAllAsync(int? jobId, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        var data = await LoadExamplesAsync(cancellationToken);
        await progress(10);
        var results = new List<ModelVersion> { await TrainKindAsync(ModelKind.IssueType, data.IssueTypes, jobId, cancellationToken) };
        await progress(60);
        foreach (var (kind, examples, done) in new[] { (ModelKind.Severity, data.Severities, 80), (ModelKind.Emotion, data.Emotions, 95) })
        {
            try
            {
                results.Add(await TrainKindAsync(kind, examples, jobId, cancellationToken));
            }
            catch (TrainingDataException ex)
            {
                logger.LogInformation("Skipped the {Kind} model: {Reason}", kind, ex.Message);
            }
            await progress(done);
        }
        return results;
    }

    /// <summary>Trains, evaluates and (if not worse) promotes one kind. Throws <see cref="TrainingDataException"/> on unusable labels; the active model stays.</summary>
    public async Task<ModelVersion> TrainKindAsync(ModelKind kind, IReadOnlyList<LabelledText> examples, int? jobId, CancellationToken cancellationToken)
    {
        TextClassifierTrainer.Validate(examples);
        var (train, test) = TextClassifierTrainer.StableSplit(examples, TestFraction);
        TextClassifierTrainer.Validate(train);
        var trainer = new TextClassifierTrainer();
        var settings = TextClassifierSettings.Background with { Semantic = options.SemanticHead };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var candidate = await Task.Run(() => trainer.Train(train, TextClassifierTrainer.ProductKind, settings, cancellationToken), cancellationToken);
        var evaluation = TextClassifierTrainer.Evaluate(candidate, test);
        var notes = $"{candidate.Trainer.ToString().ToLowerInvariant()} accuracy {evaluation.Accuracy:F3}, macro-F1 {evaluation.MacroF1:F3} ({watch.Elapsed.TotalSeconds:F1} s)";
        if (options.CompareLightGbm && train.Count <= options.LightGbmMaxExamples)
        {
            watch.Restart();
            var boosted = await Task.Run(() => trainer.Train(train, ClassifierTrainerKind.LightGbm, settings, cancellationToken), cancellationToken);
            var boostedEvaluation = TextClassifierTrainer.Evaluate(boosted, test);
            notes += $"; lightgbm accuracy {boostedEvaluation.Accuracy:F3}, macro-F1 {boostedEvaluation.MacroF1:F3} ({watch.Elapsed.TotalSeconds:F1} s)";
            if (boostedEvaluation.MacroF1 > evaluation.MacroF1) (candidate, evaluation) = (boosted, boostedEvaluation);
        }
        var current = models.Get(kind);
        var baseline = current is null ? null : TextClassifierTrainer.Evaluate(current.Classifier, test);
        var promote = baseline is null || evaluation.Accuracy >= baseline.Accuracy - options.PromotionTolerance;
        notes += baseline is null ? "; no active model" : $"; active {current!.Label} accuracy {baseline.Accuracy:F3} on the same slice";

        var number = (await db.ModelVersions.Where(m => m.Kind == kind).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0) + 1;
        var fileName = $"{kind.ToString().ToLowerInvariant()}-v{number}.zip";
        await using (var stream = File.Create(Path.Combine(models.Directory, fileName))) candidate.Save(stream);
        var version = new ModelVersion
        {
            Kind = kind, Number = number, Trainer = candidate.Trainer.ToString().ToLowerInvariant(),
            Status = promote ? ModelVersionStatus.Active : ModelVersionStatus.Rejected,
            TrainCount = train.Count, TestCount = test.Count, Accuracy = Math.Round(evaluation.Accuracy, 4), MacroF1 = Math.Round(evaluation.MacroF1, 4),
            BaselineAccuracy = baseline is null ? null : Math.Round(baseline.Accuracy, 4),
            PerClassJson = JsonSerializer.Serialize(evaluation.PerClass, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
            FileName = fileName, Notes = notes, JobId = jobId, CreatedAt = clock.UtcNow, PromotedAt = promote ? clock.UtcNow : null,
        };
        if (promote)
            await db.ModelVersions.Where(m => m.Kind == kind && m.Status == ModelVersionStatus.Active)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, ModelVersionStatus.Retired), cancellationToken);
        db.ModelVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        if (promote) models.Activate(kind, new ActiveModel(candidate, version.Label, version.Id));
        logger.LogInformation("Trained {Label}: {Notes}; {Outcome}", version.Label, notes, promote ? "promoted" : "rejected");
        return version;
    }

    /// <summary>
    /// Labels: tickets whose issue type a person set (history, or corrected after triage) and the taxonomy's example
    /// phrases. Tickets labelled only by triage itself are left out, so the model never learns from its own guesses.
    /// </summary>
    internal async Task<TriageExamples> LoadExamplesAsync(CancellationToken cancellationToken)
    {
        var snapshot = await taxonomy.GetSnapshotAsync(cancellationToken);
        var corrected = db.TriageCorrections.Select(c => c.TicketId);
        var triaged = db.TicketTriages.Where(t => !t.Shadow).Select(t => t.TicketId);
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => !triaged.Contains(t.Id) || corrected.Contains(t.Id))
            .Select(t => new { t.Subject, t.Body, t.IssueTypeId, t.Severity, t.Emotion })
            .ToListAsync(cancellationToken);
        var issueTypes = new List<LabelledText>();
        foreach (var type in snapshot.IssueTypesById.Values)
            issueTypes.AddRange(type.ExamplePhrases.Select(p => new LabelledText(p, type.Slug)));
        foreach (var t in tickets)
            if (t.IssueTypeId is { } id && snapshot.IssueTypesById.TryGetValue(id, out var type))
                issueTypes.Add(new LabelledText($"{t.Subject}\n{t.Body}", type.Slug));
        var severities = tickets.Where(t => t.Severity is not null).Select(t => new LabelledText($"{t.Subject}\n{t.Body}", t.Severity!.Value.ToString().ToUpperInvariant())).ToList();
        var emotions = tickets.Where(t => t.Emotion is not null).Select(t => new LabelledText($"{t.Subject}\n{t.Body}", t.Emotion!.Value.ToString().ToUpperInvariant())).ToList();
        return new TriageExamples(issueTypes, severities, emotions);
    }
}

/// <summary>The labelled examples of each triage model.</summary>
internal sealed record TriageExamples(IReadOnlyList<LabelledText> IssueTypes, IReadOnlyList<LabelledText> Severities, IReadOnlyList<LabelledText> Emotions);
