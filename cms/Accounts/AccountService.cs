using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Accounts;

/// <summary>Creates and changes accounts and contacts (staff only).</summary>
public sealed class AccountService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal AccountService(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    public async Task<Account> CreateAccountAsync(AccountInput input, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var now = clock.UtcNow;
        var account = new Account
        {
            Name = Guard.Required(input.Name, "input.name", 200),
            Tier = input.Tier ?? AccountTier.Smb,
            ContractStart = input.ContractStart ?? now.Date,
            RenewalDate = input.RenewalDate ?? now.Date.AddYears(1),
            HealthScore = 75,
            CreatedAt = now,
        };
        Apply(account, input with { Name = null, Tier = null });
        account.UpdatedAt = now;
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    public async Task<Account> UpdateAccountAsync(int id, int? expectedVersion, AccountInput input, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                      ?? throw KnowledgeException.NotFound("Account", id.ToString());
        ConcurrencyCheck.Expect(account.Version, expectedVersion, "Account");
        Apply(account, input);
        account.UpdatedAt = clock.UtcNow;
        await db.SaveWithConcurrencyAsync("Account", cancellationToken);
        return account;
    }

    public async Task<Contact> CreateContactAsync(ContactInput input, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var accountId = input.AccountId ?? throw KnowledgeException.Invalid("input.accountId", "is required.");
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            throw KnowledgeException.NotFound("Account", accountId.ToString());
        var contact = new Contact
        {
            AccountId = accountId,
            Name = Guard.Required(input.Name, "input.name", 200),
            Email = Guard.Email(input.Email, "input.email"),
            Role = input.Role ?? ContactRole.EndUser,
            Title = Guard.Optional(input.Title, "input.title", 120),
            PreferredLocale = input.PreferredLocale is null ? "en" : Guard.Locale(input.PreferredLocale, "input.preferredLocale"),
            CreatedAt = clock.UtcNow,
        };
        await EnsureEmailFreeAsync(contact.Email, null, cancellationToken);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    public async Task<Contact> UpdateContactAsync(int id, ContactInput input, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                      ?? throw KnowledgeException.NotFound("Contact", id.ToString());
        if (input.Name is not null) contact.Name = Guard.Required(input.Name, "input.name", 200);
        if (input.Email is not null)
        {
            contact.Email = Guard.Email(input.Email, "input.email");
            await EnsureEmailFreeAsync(contact.Email, id, cancellationToken);
        }
        if (input.Role is { } role) contact.Role = role;
        if (input.Title is not null) contact.Title = Guard.Optional(input.Title, "input.title", 120);
        if (input.PreferredLocale is not null) contact.PreferredLocale = Guard.Locale(input.PreferredLocale, "input.preferredLocale");
        await db.SaveWithConcurrencyAsync("Contact", cancellationToken);
        return contact;
    }

    private async Task EnsureEmailFreeAsync(string email, int? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Contacts.AnyAsync(c => c.Email == email && c.Id != exceptId, cancellationToken))
            throw KnowledgeException.Invalid("input.email", $"a contact with email '{email}' already exists.");
    }

    private static void Apply(Account account, AccountInput input)
    {
        if (input.Name is not null) account.Name = Guard.Required(input.Name, "input.name", 200);
        if (input.Domain is not null) account.Domain = Guard.Optional(input.Domain, "input.domain", 200);
        if (input.Tier is { } tier) account.Tier = tier;
        if (input.Arr is { } arr) account.Arr = Guard.Range(arr, 0m, 1_000_000_000m, "input.arr");
        if (input.ContractStart is { } start) account.ContractStart = start;
        if (input.RenewalDate is { } renewal) account.RenewalDate = renewal;
        if (account.RenewalDate < account.ContractStart)
            throw KnowledgeException.Invalid("input.renewalDate", "must not be before the contract start.");
        if (input.HealthScore is { } health) account.HealthScore = Guard.Range(health, 0, 100, "input.healthScore");
        if (input.CsmOwner is not null) account.CsmOwner = Guard.Optional(input.CsmOwner, "input.csmOwner", 200);
        if (input.CsmEmail is not null) account.CsmEmail = Guard.Email(input.CsmEmail, "input.csmEmail");
        if (input.ExpansionOpportunity is { } expansion) account.ExpansionOpportunity = expansion;
        if (input.Region is not null) account.Region = Guard.Optional(input.Region, "input.region", 60);
        if (input.TimeZone is not null) account.TimeZone = Guard.TimeZone(input.TimeZone, "input.timeZone");
        if (input.Products is not null) account.Products = Guard.Tags(input.Products, "input.products").ToList();
    }
}
