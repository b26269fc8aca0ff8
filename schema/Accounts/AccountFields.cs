using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Accounts;

/// <summary>The account root fields.</summary>
public static class AccountFields
{
    public static void AddAccountQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<AccountGraphType, Account>>>("accounts")
            .Description("Customer accounts, filtered and ordered. Staff only.")
            .Requires(AccessLevel.Staff)
            .PagingArgs()
            .Argument<AccountFilterGraphType>("where", "Conditions the accounts must meet.")
            .Argument<ListGraphType<NonNullGraphType<AccountOrderGraphType>>>("orderBy", "Sort keys in order (default: name).")
            .Resolve().WithService<AccountReader>()
            .ResolveAsync(async (c, reader) => new PageView<Account>(await reader.ListAsync(
                c.GetArgument<AccountFilter?>("where"), c.GetArgument<List<AccountOrder>?>("orderBy"), c.GetPageRequest(), c.CancellationToken)));

        query.Field<AccountGraphType>("account")
            .Description("One account by id; null when it does not exist. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the account.")
            .Resolve(c => c.LoadOne<AccountReader, Account>("account.byId", GlobalId.Expect(c.GetArgument<string>("id"), "Account", "id"),
                (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
    }

    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AccountPayloadGraphType>>("createAccount")
            .Description("Creates a customer account. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<CreateAccountInputGraphType>>("input", "The new account.")
            .Resolve().WithService<AccountService>()
            .ResolveAsync(async (c, service) => await service.CreateAccountAsync(c.GetArgument<AccountInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AccountPayloadGraphType>>("updateAccount")
            .Description("Changes an account. Pass `expectedVersion` to detect concurrent edits. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<UpdateAccountInputGraphType>>("input", "The changes.")
            .Resolve().WithService<AccountService>()
            .ResolveAsync(async (c, service) =>
            {
                var input = c.GetArgument<UpdateInput<AccountInput>>("input");
                return await service.UpdateAccountAsync(GlobalId.Expect(input.Id, "Account", "input.id"), input.ExpectedVersion, input.Fields, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ContactPayloadGraphType>>("createContact")
            .Description("Adds a person to an account. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<CreateContactInputGraphType>>("input", "The new contact.")
            .Resolve().WithService<AccountService>()
            .ResolveAsync(async (c, service) => await service.CreateContactAsync(c.GetArgument<ContactInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ContactPayloadGraphType>>("updateContact")
            .Description("Changes a contact. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<UpdateContactInputGraphType>>("input", "The changes.")
            .Resolve().WithService<AccountService>()
            .ResolveAsync(async (c, service) =>
            {
                var input = c.GetArgument<UpdateInput<ContactInput>>("input");
                return await service.UpdateContactAsync(GlobalId.Expect(input.Id, "Contact", "input.id"), input.Fields, c.CancellationToken);
            });
    }
}
