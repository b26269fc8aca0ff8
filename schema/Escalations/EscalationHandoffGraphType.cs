using GraphQL.Types;
using Knowledge.Cms.Escalations;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Escalations;

public sealed class EscalationHandoffGraphType : ObjectGraphType<EscalationHandoff>
{
    public EscalationHandoffGraphType()
    {
        Name = "EscalationHandoff";
        Description = "Context for whoever takes an escalation: the account, its recent tickets and satisfaction, renewal, risk and an approach. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<AccountGraphType>("account").Description("The customer account (ARR, products, renewal, health, CSM).").Resolve(c => c.Source.Account);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketGraphType>>>>("recentTickets").Description("The account's five most recent tickets.").Resolve(c => c.Source.RecentTickets);
        Field<FloatGraphType>("averageCsat").Description("Average CSAT (1–5) over the last 90 days.").Resolve(c => c.Source.AverageCsat);
        Field<NonNullGraphType<IntGraphType>>("openEscalations").Description("Unacknowledged escalations of the account, this one included.").Resolve(c => c.Source.OpenEscalations);
        Field<IntGraphType>("daysToRenewal").Description("Days until the account renews.").Resolve(c => c.Source.DaysToRenewal);
        Field<FloatGraphType>("churnRisk").Description("Latest churn risk 0–1.").Resolve(c => c.Source.ChurnRisk);
        Field<NonNullGraphType<StringGraphType>>("suggestedApproach").Description("How to handle it, from the reasons, tier, renewal and risk.").Resolve(c => c.Source.SuggestedApproach);
    }
}
