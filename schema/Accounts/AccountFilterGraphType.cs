using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

public sealed class AccountFilterGraphType : InputObjectGraphType<AccountFilter>
{
    public AccountFilterGraphType()
    {
        Name = "AccountFilter";
        Description = "Conditions on accounts; all given ones must hold.";
        Field<StringGraphType>("nameContains").Description("Part of the account name (case-insensitive).");
        Field<ListGraphType<NonNullGraphType<AccountTierGraphType>>>("tiers").Description("Any of these tiers.");
        Field<IntGraphType>("healthBelow").Description("Health score strictly below this value.");
        Field<DateTimeGraphType>("renewalBefore").Description("Renewal date before this instant.");
        Field<BooleanGraphType>("expansionOpportunity").Description("Flagged (or not) for expansion.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AccountFilter(
        value.Value<string>("nameContains"), value.List<AccountTier>("tiers"), value.Value<int?>("healthBelow"),
        value.Value<DateTime?>("renewalBefore"), value.Value<bool?>("expansionOpportunity"));
}
