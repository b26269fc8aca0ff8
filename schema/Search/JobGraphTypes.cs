using GraphQL.Types;
using Knowledge.Cms.Search;

namespace Knowledge.Schema.Search;

// SEAM: minimal Job / JobPayload / JobStatus for rebuildSearchIndex until the shared cms/Jobs feature lands; at
// integration these types are replaced by the Jobs feature's (same GraphQL names and fields as CONTRACT.md).

public sealed class JobGraphType : ObjectGraphType<SearchRebuildJob>
{
    public JobGraphType()
    {
        Name = "Job";
        Description = "Long-running work (index rebuild, training, generation) and its progress.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Job id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("What the job does, e.g. search.rebuild.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<JobStatusGraphType>>("status").Description("Where the job is in its lifecycle.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("progress").Description("0–100.").Resolve(c => c.Source.Progress);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("resultIds").Description("Ids of what the job produced (none for a rebuild).").Resolve(_ => Array.Empty<string>());
        Field<StringGraphType>("error").Description("Why the job failed.").Resolve(c => c.Source.Error);
    }
}

public sealed class JobStatusGraphType : EnumerationGraphType<SearchJobStatus>
{
    public JobStatusGraphType()
    {
        Name = "JobStatus";
        Description = "Lifecycle of a job.";
    }
}

public sealed class JobPayloadGraphType : ObjectGraphType<SearchRebuildJob>
{
    public JobPayloadGraphType()
    {
        Name = "JobPayload";
        Description = "The job a mutation started.";
        Field<NonNullGraphType<JobGraphType>>("job").Description("The started (or already running) job.").Resolve(c => c.Source);
    }
}
