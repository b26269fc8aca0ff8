using Knowledge.Cms.Common;
using Knowledge.Cms.Jobs;

namespace Knowledge.Cms.Churn;

/// <summary>The <c>churn.train</c> job: trains the churn model on the account history and rescores every account.</summary>
internal sealed class TrainChurnModelJob(ChurnService churn, CurrentUser user) : IJobHandler
{
    public const string JobKind = ChurnJobKinds.Train;

    public string Kind => JobKind;

    public async Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken)
    {
        user.Viewer = Viewer.System;
        var metrics = await churn.TrainAsync(p => progress.ReportAsync(p, cancellationToken), cancellationToken);
        return [$"roc_auc={metrics.RocAuc:F3}"];
    }
}
