using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Churn;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Churn;

/// <summary>The churn alert subscription field.</summary>
public static class ChurnSubscriptionFields
{
    public static void AddChurnSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ChurnAlertGraphType>>("churnAlert")
            .Description("An account's churn risk crossed the alert threshold. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<FloatGraphType>("minRisk", "Only alerts at or above this risk (0–1).")
            .FromEvents(ChurnService.AlertTopic,
                c => EventFields.AttributeAtLeast("risk", c.GetArgument<double?>("minRisk")),
                async (services, e, ct) => await services.GetRequiredService<ChurnService>().AlertAsync(e.EntityId, ct));
    }

    public static void AddChurnJobMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<Knowledge.Schema.Jobs.JobPayloadGraphType>>("trainChurnModel")
            .Description("Trains the churn model on the account history and rescores every account, as a job. Admin only.")
            .Requires(AccessLevel.Admin)
            .Resolve().WithServices<Knowledge.Cms.Jobs.JobService, Knowledge.Cms.Common.ICurrentUser>()
            .ResolveAsync(async (c, jobs, user) =>
                await jobs.EnqueueOnceAsync(ChurnJobKinds.Train, null, user.Viewer.KeyName, c.CancellationToken));
    }
}
