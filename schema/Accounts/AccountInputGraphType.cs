using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

/// <summary>CreateAccountInput and UpdateAccountInput share their fields; update adds the id and expected version.</summary>
public abstract class AccountInputGraphTypeBase : InputObjectGraphType<object>
{
    private readonly bool update;

    protected AccountInputGraphTypeBase(bool update)
    {
        this.update = update;
        Name = update ? "UpdateAccountInput" : "CreateAccountInput";
        Description = update ? "Changes to an account; omitted fields stay as they are." : "A new customer account.";
        if (update)
        {
            Field<NonNullGraphType<IdGraphType>>("id").Description("The account to change.");
            Field<IntGraphType>("expectedVersion").Description("The `version` you read; a stale write fails with CONFLICT.");
            Field<StringGraphType>("name").Description("Company name.");
        }
        else
        {
            Field<NonNullGraphType<StringGraphType>>("name").Description("Company name.");
        }
        Field<StringGraphType>("domain").Description("Primary e-mail/web domain.");
        Field<AccountTierGraphType>("tier").Description("Commercial tier (default SMB).");
        Field<FloatGraphType>("arr").Description("Annual recurring revenue (USD).");
        Field<DateTimeGraphType>("contractStart").Description("Contract start.");
        Field<DateTimeGraphType>("renewalDate").Description("Renewal date.");
        Field<IntGraphType>("healthScore").Description("Health score 0–100.");
        Field<StringGraphType>("csmOwner").Description("Customer success manager.");
        Field<StringGraphType>("csmEmail").Description("E-mail of the customer success manager.");
        Field<BooleanGraphType>("expansionOpportunity").Description("Flag for expansion.");
        Field<StringGraphType>("region").Description("Sales region.");
        Field<StringGraphType>("timeZone").Description("IANA time zone, e.g. Europe/Berlin.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("products").Description("Product areas in use.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => UpdateInput<AccountInput>.Wrap(value, new AccountInput(
        value.Value<string>("name"), value.Value<string>("domain"), value.Value<AccountTier?>("tier"), value.Value<decimal?>("arr"),
        value.Value<DateTime?>("contractStart"), value.Value<DateTime?>("renewalDate"), value.Value<int?>("healthScore"),
        value.Value<string>("csmOwner"), value.Value<string>("csmEmail"), value.Value<bool?>("expansionOpportunity"),
        value.Value<string>("region"), value.Value<string>("timeZone"), value.List<string>("products")), update);
}

public sealed class CreateAccountInputGraphType() : AccountInputGraphTypeBase(update: false);

public sealed class UpdateAccountInputGraphType() : AccountInputGraphTypeBase(update: true);
