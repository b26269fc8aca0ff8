using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

public sealed class AccountOrderGraphType : InputObjectGraphType<AccountOrder>
{
    public AccountOrderGraphType()
    {
        Name = "AccountOrder";
        Description = "One sort key for accounts; several are applied in order.";
        Field<NonNullGraphType<AccountOrderFieldGraphType>>("field").Description("What to sort by.");
        Field<SortDirectionGraphType>("direction").Description("ASC (default) or DESC.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AccountOrder(value.Value<AccountOrderField>("field"), value.Value<SortDirection?>("direction") ?? SortDirection.Asc);
}

public sealed class AccountOrderFieldGraphType : EnumerationGraphType<AccountOrderField>
{
    public AccountOrderFieldGraphType()
    {
        Name = "AccountOrderField";
        Description = "Sortable account fields.";
    }
}
