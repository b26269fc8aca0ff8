namespace Knowledge.Cms.Search;

/// <summary>
/// State of a <c>rebuildSearchIndex</c> run. SEAM: a minimal stand-in for the shared Jobs table (cms/Jobs, built in
/// parallel); at integration this becomes a Job row of kind <c>search.rebuild</c> run by the job worker.
/// </summary>
public sealed record SearchRebuildJob(string Id, string Kind, SearchJobStatus Status, int Progress, int Documents, string? Error,
    DateTime CreatedAt, DateTime? FinishedAt);

/// <summary>Lifecycle of a job (the names of the shared JobStatus enum).</summary>
public enum SearchJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
