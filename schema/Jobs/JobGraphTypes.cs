using GraphQL.Types;
using Knowledge.Cms.Jobs;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Jobs;

public sealed class JobStatusGraphType : EnumerationGraphType<JobStatus>
{
    public JobStatusGraphType()
    {
        Name = "JobStatus";
        Description = "Lifecycle of a background job: QUEUED → RUNNING → SUCCEEDED / FAILED / CANCELLED.";
    }
}

public sealed class JobGraphType : ObjectGraphType<Job>
{
    public JobGraphType()
    {
        Name = "Job";
        Description = "Long-running work (training, generating, re-indexing) run in the background. Poll `job(id)` for progress.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the job.").Resolve(c => GlobalId.Encode("Job", c.Source.Id));
        Field(j => j.Kind).Description("What the job does, e.g. triage.train.");
        Field<NonNullGraphType<JobStatusGraphType>>("status").Description("Where the job is in its lifecycle.").Resolve(c => c.Source.Status);
        Field(j => j.Progress).Description("Progress 0–100.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("resultIds").Description("Ids of what the job produced (for triage.train: model version ids).").Resolve(c => c.Source.ResultIds);
        Field(j => j.Error, nullable: true).Description("Why it failed, when it did.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was queued.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("startedAt").Description("When it started running.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeGraphType>("finishedAt").Description("When it finished.").Resolve(c => c.Source.FinishedAt);
    }
}

public sealed class JobPayloadGraphType : ObjectGraphType<Job>
{
    public JobPayloadGraphType()
    {
        Name = "JobPayload";
        Description = "A queued job; follow it with `job(id)`.";
        Field<NonNullGraphType<JobGraphType>>("job").Description("The job.").Resolve(c => c.Source);
    }
}
