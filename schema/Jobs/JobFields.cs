using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Jobs;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Jobs;

/// <summary>The job root fields.</summary>
public static class JobFields
{
    public static void AddJobQueries(this ObjectGraphType query)
    {
        query.Field<JobGraphType>("job")
            .Description("One background job by id; null when it does not exist. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the job.")
            .Resolve().WithService<JobService>()
            .ResolveAsync(async (c, s) => await s.FindAsync(GlobalId.Expect(c.GetArgument<string>("id"), "Job", "id"), c.CancellationToken));
    }
}
