using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Churn;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Churn;

/// <summary>Churn root fields.</summary>
public static class ChurnFields
{
    public static void AddChurnQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ChurnRiskGraphType, ChurnRisk>>>("churnRisks")
            .Description("Accounts by churn risk, highest first. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<FloatGraphType>("minRisk", "Only accounts at or above this risk (0–1, default 0).")
            .PagingArgs()
            .Resolve().WithService<ChurnService>()
            .ResolveAsync(async (c, s) => new PageView<ChurnRisk>(await s.ListRisksAsync(c.GetArgument<double?>("minRisk") ?? 0, c.GetPageRequest(), c.CancellationToken)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountHealthGraphType>>>>("accountHealthReport")
            .Description("The weekly VIP report: accounts of a tier (default ENTERPRISE) by health, with renewal, risk, reasons and plays. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<AccountTierGraphType>("tier", "Tier to report (default ENTERPRISE).")
            .Resolve().WithService<ChurnService>()
            .ResolveAsync(async (c, s) =>
            {
                var tier = c.GetArgument<AccountTier?>("tier") ?? AccountTier.Enterprise;
                return (await s.LatestAsync(c.CancellationToken)).Where(r => r.Account.Tier == tier)
                    .OrderByDescending(r => r.Assessment.Risk).ThenBy(r => r.Account.RenewalDate).ToList();
            });
    }

    public static void AddChurnMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IntGraphType>>("recordAccountActivity")
            .Description("Ingests product usage (logins, seats, feature events per account and day); returns the number of account-days stored. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AccountActivityInputGraphType>>>>("input", "Account-days, at most 10,000 per call.")
            .Resolve().WithService<ChurnService>()
            .ResolveAsync(async (c, s) => await s.RecordActivityAsync(c.GetArgument<List<ActivityInput>>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntGraphType>>("scoreChurnRisks")
            .Description("Scores every active account now (alerts for accounts crossing the threshold); returns how many were scored. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<ChurnService>()
            .ResolveAsync(async (c, s) => await s.ScoreAllAsync(c.CancellationToken));
    }
}
