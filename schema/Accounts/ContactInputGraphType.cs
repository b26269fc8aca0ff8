using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

/// <summary>CreateContactInput and UpdateContactInput.</summary>
public abstract class ContactInputGraphTypeBase : InputObjectGraphType<object>
{
    private readonly bool update;

    protected ContactInputGraphTypeBase(bool update)
    {
        this.update = update;
        Name = update ? "UpdateContactInput" : "CreateContactInput";
        Description = update ? "Changes to a contact; omitted fields stay as they are." : "A new person at a customer account.";
        if (update) Field<NonNullGraphType<IdGraphType>>("id").Description("The contact to change.");
        else Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account the contact belongs to.");
        Field("name", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("Full name.");
        Field("email", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("E-mail address (unique).");
        Field<ContactRoleGraphType>("role").Description("Role at the customer (default END_USER).");
        Field<StringGraphType>("title").Description("Job title.");
        Field<StringGraphType>("preferredLocale").Description("Locale for replies, e.g. de or pt-BR.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => UpdateInput<ContactInput>.Wrap(value, new ContactInput(
        value.Id("accountId", "Account", "input.accountId"), value.Value<string>("name"), value.Value<string>("email"),
        value.Value<ContactRole?>("role"), value.Value<string>("title"), value.Value<string>("preferredLocale")), update);
}

public sealed class CreateContactInputGraphType() : ContactInputGraphTypeBase(update: false);

public sealed class UpdateContactInputGraphType() : ContactInputGraphTypeBase(update: true);
