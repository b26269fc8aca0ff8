using Knowledge.Cms.Common;

namespace Knowledge.Cms.Jobs;

/// <summary>Long-running work (training, generating, re-indexing) run by the <see cref="JobWorker"/>, observable by id.</summary>
public sealed class Job : IEntity
{
    public int Id { get; set; }
    /// <summary>Which <see cref="IJobHandler"/> runs it, e.g. <c>triage.train</c>.</summary>
    public required string Kind { get; set; }
    public JobStatus Status { get; set; }
    /// <summary>0–100.</summary>
    public int Progress { get; set; }
    /// <summary>Ids of what the job produced (e.g. a model version), as strings.</summary>
    public List<string> ResultIds { get; set; } = [];
    /// <summary>Handler-specific input as JSON, if any.</summary>
    public string? Payload { get; set; }
    /// <summary>Why it failed, in words a person can act on.</summary>
    public string? Error { get; set; }
    public string? RequestedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
