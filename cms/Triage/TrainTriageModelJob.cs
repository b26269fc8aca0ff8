using Knowledge.Cms.Jobs;

namespace Knowledge.Cms.Triage;

/// <summary>The <c>triage.train</c> job: trains and evaluates the triage models; result ids are the new model versions.</summary>
internal sealed class TrainTriageModelJob(TriageTrainingService training) : IJobHandler
{
    public const string JobKind = TriageJobKinds.Train;

    public string Kind => JobKind;

    public async Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken)
    {
        var versions = await training.TrainAllAsync(job.Id, p => progress.ReportAsync(p, cancellationToken), cancellationToken);
        return versions.Select(v => v.Id.ToString()).ToList();
    }
}
