namespace Knowledge.Cms.Jobs;

/// <summary>Lifecycle of a background job.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
