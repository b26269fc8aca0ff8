using GraphQL.Types;
using Knowledge.Cms.Accounts;

namespace Knowledge.Schema.Accounts;

public sealed class AccountPayloadGraphType : ObjectGraphType<Account>
{
    public AccountPayloadGraphType()
    {
        Name = "AccountPayload";
        Description = "Result of createAccount and updateAccount.";
        Field<NonNullGraphType<AccountGraphType>>("account").Description("The account as saved.").Resolve(c => c.Source);
    }
}

public sealed class ContactPayloadGraphType : ObjectGraphType<Contact>
{
    public ContactPayloadGraphType()
    {
        Name = "ContactPayload";
        Description = "Result of createContact and updateContact.";
        Field<NonNullGraphType<ContactGraphType>>("contact").Description("The contact as saved.").Resolve(c => c.Source);
    }
}
