using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

public sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "A person at a customer account. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("Contact");
        Field(c => c.Name).Description("Full name.");
        Field(c => c.Email).Description("E-mail address.");
        Field<NonNullGraphType<ContactRoleGraphType>>("role").Description("Role at the customer.").Resolve(c => c.Source.Role);
        Field(c => c.Title, nullable: true).Description("Job title.");
        Field(c => c.PreferredLocale).Description("Locale replies should be written in.");
        Field<NonNullGraphType<AccountGraphType>>("account").Description("The account the contact belongs to.")
            .Resolve(c => c.LoadOne<AccountReader, Account>("contact.account", c.Source.AccountId, (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
    }
}
