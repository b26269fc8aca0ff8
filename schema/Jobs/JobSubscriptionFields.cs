using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Jobs;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Jobs;

/// <summary>The job progress subscription field.</summary>
public static class JobSubscriptionFields
{
    public static void AddJobSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<JobGraphType>>("jobProgress")
            .Description("Every status or progress change of one job until it finishes. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the job.")
            .FromEvents(JobTopics.Progress,
                c =>
                {
                    var id = GlobalId.Expect(c.GetArgument<string>("id"), "Job", "id");
                    return e => e.EntityId == id;
                },
                async (services, e, ct) => await services.GetRequiredService<JobService>().FindAsync(e.EntityId, ct));
    }
}
