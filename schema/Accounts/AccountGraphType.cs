using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Accounts;

public sealed class AccountGraphType : ObjectGraphType<Account>
{
    public AccountGraphType()
    {
        Name = "Account";
        Description = "A customer organisation with its commercial facts. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("Account");
        Field(a => a.Name).Description("Company name.");
        Field(a => a.Domain, nullable: true).Description("Primary e-mail/web domain.");
        Field<NonNullGraphType<AccountTierGraphType>>("tier").Description("Commercial tier.").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<FloatGraphType>>("arr").Description("Annual recurring revenue (USD).").Resolve(c => (double)c.Source.Arr);
        Field<NonNullGraphType<DateTimeGraphType>>("contractStart").Description("When the current contract started (UTC).").Resolve(c => c.Source.ContractStart);
        Field<NonNullGraphType<DateTimeGraphType>>("renewalDate").Description("When the contract renews (UTC).").Resolve(c => c.Source.RenewalDate);
        Field(a => a.HealthScore).Description("Account health from 0 (about to leave) to 100 (thriving).");
        Field(a => a.CsmOwner, nullable: true).Description("Customer success manager who owns the account.");
        Field(a => a.CsmEmail, nullable: true).Description("E-mail of the customer success manager.");
        Field(a => a.ExpansionOpportunity).Description("Whether sales flagged the account for expansion.");
        Field(a => a.Region, nullable: true).Description("Sales region.");
        Field(a => a.TimeZone).Description("IANA time zone used for business-hours SLAs.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("products").Description("Product areas the account uses.").Resolve(c => c.Source.Products);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the account was created.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("cancelledAt").Description("When the customer cancelled, if they did.").Resolve(c => c.Source.CancelledAt);
        Field<DateTimeGraphType>("downgradedAt").Description("When the account last downgraded.").Resolve(c => c.Source.DowngradedAt);
        Field(a => a.Version).Description("Concurrency version; pass it as `expectedVersion` when updating.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactGraphType>>>>("contacts")
            .Description("People at the account.")
            .Resolve(c => c.LoadMany<AccountReader, Contact>("account.contacts", c.Source.Id, (r, ids, ct) => r.GetContactsByAccountIdsAsync(ids, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketGraphType>>>>("recentTickets")
            .Description("The account's 10 most recent tickets.")
            .Resolve(c => c.LoadMany<TicketReader, Ticket>("account.recentTickets", c.Source.Id, (r, ids, ct) => r.GetByAccountIdsAsync(ids, 10, ct)));
    }
}
