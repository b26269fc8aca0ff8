using GraphQL.Types;
using Knowledge.Cms.Churn;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Churn;

public sealed class ChurnAlertGraphType : ObjectGraphType<ChurnRisk>
{
    public ChurnAlertGraphType()
    {
        Name = "ChurnAlert";
        Description = "An account crossed the churn-risk threshold: why, and the suggested win-back play. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<AccountGraphType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<NonNullGraphType<FloatGraphType>>("risk").Description("Churn risk 0–1.").Resolve(c => c.Source.Assessment.Risk);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("The factors that drive the score.").Resolve(c => c.Source.Assessment.Reasons);
        Field<NonNullGraphType<StringGraphType>>("driver").Description("Dominant churn reason.").Resolve(c => c.Source.Assessment.Driver);
        Field<NonNullGraphType<StringGraphType>>("suggestedPlay").Description("Win-back play for the driver.").Resolve(c => c.Source.Assessment.Play);
        Field<NonNullGraphType<DateTimeGraphType>>("raisedAt").Description("When the alert was raised.").Resolve(c => c.Source.Assessment.ComputedAt);
    }
}
