using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Escalations;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Escalations;

/// <summary>The escalation subscription field.</summary>
public static class EscalationSubscriptionFields
{
    public static void AddEscalationSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<EscalationGraphType>>("escalationRaised")
            .Description("An escalation was raised (triage triggers, SLA sweeper), with its hand-off context. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<AccountTierGraphType>("tier", "Only escalations of accounts of this tier.")
            .Argument<IdGraphType>("teamId", "Only escalations of this team.")
            .FromEvents(EscalationTopics.Raised,
                c => EventFields.AttributeEquals("tier", c.GetArgument<AccountTier?>("tier")?.ToString().ToUpperInvariant())
                    .And(EventFields.AttributeEquals("teamId", GlobalId.ExpectOptional(c.GetArgument<string?>("teamId"), "Team", "teamId"))),
                async (services, e, ct) =>
                    (await services.GetRequiredService<EscalationReader>().GetByIdsAsync([e.EntityId], ct)).GetValueOrDefault(e.EntityId));
    }
}
