using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Churn;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Churn;

public sealed class ChurnRiskGraphType : ObjectGraphType<ChurnRisk>
{
    public ChurnRiskGraphType()
    {
        Name = "ChurnRisk";
        Description = "An account's latest churn assessment: risk, why, and what to do. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<AccountGraphType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<NonNullGraphType<FloatGraphType>>("risk").Description("Churn risk 0–1 (model probability, raised by direct signals).").Resolve(c => c.Source.Assessment.Risk);
        Field<NonNullGraphType<IntGraphType>>("health").Description("Health 0–100 (100 × (1 − risk)).").Resolve(c => (int)Math.Round(100 * (1 - c.Source.Assessment.Risk)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("The factors that drive the score, strongest first.").Resolve(c => c.Source.Assessment.Reasons);
        Field<NonNullGraphType<StringGraphType>>("driver").Description("Dominant churn reason: USAGE_DECLINE, SUPPORT_FRICTION, RENEWAL_RISK, COMMERCIAL, COMPETITION or STABLE.").Resolve(c => c.Source.Assessment.Driver);
        Field<NonNullGraphType<StringGraphType>>("suggestedPlay").Description("Win-back play for the driver.").Resolve(c => c.Source.Assessment.Play);
        Field<NonNullGraphType<StringGraphType>>("source").Description("\"model\" or \"rules\" (no trained model yet).").Resolve(c => c.Source.Assessment.Source);
        Field<NonNullGraphType<DateTimeGraphType>>("computedAt").Description("When it was scored.").Resolve(c => c.Source.Assessment.ComputedAt);
    }
}

public sealed class AccountHealthGraphType : ObjectGraphType<ChurnRisk>
{
    public AccountHealthGraphType()
    {
        Name = "AccountHealth";
        Description = "One line of the weekly VIP health report. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<AccountGraphType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<NonNullGraphType<AccountTierGraphType>>("tier").Description("Tier.").Resolve(c => c.Source.Account.Tier);
        Field<NonNullGraphType<FloatGraphType>>("arr").Description("Annual recurring revenue.").Resolve(c => (double)c.Source.Account.Arr);
        Field<NonNullGraphType<DateTimeGraphType>>("renewalDate").Description("Renewal date.").Resolve(c => c.Source.Account.RenewalDate);
        Field<NonNullGraphType<IntGraphType>>("daysToRenewal").Description("Days until renewal (negative when overdue).")
            .Resolve(c => (int)Math.Floor((c.Source.Account.RenewalDate - Now(c)).TotalDays));
        Field<NonNullGraphType<BooleanGraphType>>("renewalRisk").Description("Renewal within 60 days.")
            .Resolve(c => (c.Source.Account.RenewalDate - Now(c)).TotalDays <= 60);
        Field<NonNullGraphType<IntGraphType>>("health").Description("Health 0–100.").Resolve(c => (int)Math.Round(100 * (1 - c.Source.Assessment.Risk)));
        Field<NonNullGraphType<FloatGraphType>>("churnRisk").Description("Churn risk 0–1.").Resolve(c => c.Source.Assessment.Risk);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why.").Resolve(c => c.Source.Assessment.Reasons);
        Field<NonNullGraphType<StringGraphType>>("suggestedPlay").Description("What to do.").Resolve(c => c.Source.Assessment.Play);
        Field<StringGraphType>("csmOwner").Description("Customer success manager.").Resolve(c => c.Source.Account.CsmOwner);
    }

    private static DateTime Now(GraphQL.IResolveFieldContext context) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Knowledge.Cms.Common.IClock>(context.RequestServices!).UtcNow;
}

public sealed class AccountActivityInputGraphType : InputObjectGraphType<ActivityInput>
{
    public AccountActivityInputGraphType()
    {
        Name = "AccountActivityInput";
        Description = "Usage of one account on one day (ingested in batches; re-sending a day replaces it).";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<DateOnlyGraphType>>("day").Description("The day (UTC).");
        Field<NonNullGraphType<IntGraphType>>("logins").Description("Logins that day.");
        Field<NonNullGraphType<IntGraphType>>("activeSeats").Description("Distinct active users that day.");
        Field<NonNullGraphType<IntGraphType>>("featureEvents").Description("Feature-usage events that day.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ActivityInput(
        GlobalId.Expect(value.Value<string>("accountId"), "Account", "input.accountId"), value.Value<DateOnly>("day"),
        value.Value<int>("logins"), value.Value<int>("activeSeats"), value.Value<int>("featureEvents"));
}
