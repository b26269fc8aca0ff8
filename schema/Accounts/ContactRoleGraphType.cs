using GraphQL.Types;
using Knowledge.Cms.Accounts;

namespace Knowledge.Schema.Accounts;

public sealed class ContactRoleGraphType : EnumerationGraphType<ContactRole>
{
    public ContactRoleGraphType()
    {
        Name = "ContactRole";
        Description = "A contact's role at the customer: EXECUTIVE (VIP handling), ADMIN or END_USER.";
    }
}
