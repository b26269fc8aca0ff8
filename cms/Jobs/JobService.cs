using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Jobs;

/// <summary>Queues jobs and reads them back.</summary>
public sealed class JobService
{
    private readonly KnowledgeDbContext db;
    private readonly IClock clock;
    private readonly JobSignal signal;

    internal JobService(KnowledgeDbContext db, IClock clock, JobSignal signal)
    {
        this.db = db;
        this.clock = clock;
        this.signal = signal;
    }

    public async Task<Job> EnqueueAsync(string kind, string? payload, string? requestedBy, CancellationToken cancellationToken)
    {
        var job = new Job { Kind = kind, Status = JobStatus.Queued, Payload = payload, RequestedBy = requestedBy, CreatedAt = clock.UtcNow };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return job;
    }

    public Task<Job?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    /// <summary>Queues a job unless one of the same kind is already waiting or running; returns that one then.</summary>
    public async Task<Job> EnqueueOnceAsync(string kind, string? payload, string? requestedBy, CancellationToken cancellationToken) =>
        await FindActiveAsync(kind, cancellationToken) ?? await EnqueueAsync(kind, payload, requestedBy, cancellationToken);

    /// <summary>The newest job of a kind, whatever its state.</summary>
    public Task<Job?> LatestAsync(string kind, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().Where(j => j.Kind == kind).OrderByDescending(j => j.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether a job of this kind is waiting or running (to avoid queueing the same work twice).</summary>
    public async Task<Job?> FindActiveAsync(string kind, CancellationToken cancellationToken) =>
        await db.Jobs.AsNoTracking().Where(j => j.Kind == kind && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken);
}
