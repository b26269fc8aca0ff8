using GraphQL.Types;
using Knowledge.Cms.Accounts;

namespace Knowledge.Schema.Accounts;

public sealed class AccountTierGraphType : EnumerationGraphType<AccountTier>
{
    public AccountTierGraphType()
    {
        Name = "AccountTier";
        Description = "Commercial tier of a customer account: ENTERPRISE, GROWTH, SMB or FREE.";
    }
}
