namespace Knowledge.Cms.Jobs;

/// <summary>
/// Runs jobs of one <see cref="Kind"/>. Resolved in a fresh DI scope per job. Throw a
/// <see cref="Common.KnowledgeException"/> for a failure the requester can act on: its message becomes the job's error.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>Does the work; reports progress 0–100 through <paramref name="progress"/>; returns the ids it produced.</summary>
    Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken);
}

/// <summary>Progress of the running job, saved and published as it changes.</summary>
public interface IJobProgress
{
    Task ReportAsync(int percent, CancellationToken cancellationToken);
}
