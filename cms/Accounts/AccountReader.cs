using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Accounts;

/// <summary>Reads accounts and contacts for staff.</summary>
public sealed class AccountReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal AccountReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public Task<Page<Account>> ListAsync(AccountFilter? filter, IReadOnlyList<AccountOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var query = db.Accounts.AsNoTracking();
        if (filter is not null)
        {
            var pattern = filter.NameContains is { Length: > 0 } n ? $"%{n.Replace("%", "").Replace("_", "")}%" : null;
            query = query
                .WhereIf(pattern is not null, a => EF.Functions.Like(a.Name, pattern!))
                .WhereIf(filter.Tiers is { Count: > 0 }, a => filter.Tiers!.Contains(a.Tier))
                .WhereIf(filter.HealthBelow is not null, a => a.HealthScore < filter.HealthBelow)
                .WhereIf(filter.RenewalBefore is not null, a => a.RenewalDate < filter.RenewalBefore)
                .WhereIf(filter.ExpansionOpportunity is not null, a => a.ExpansionOpportunity == filter.ExpansionOpportunity);
        }
        IOrderedQueryable<Account>? ordered = null;
        foreach (var (order, i) in (orderBy ?? [new AccountOrder(AccountOrderField.Name, SortDirection.Asc)]).Select((o, i) => (o, i)))
        {
            var q = ordered ?? query;
            ordered = order.Field switch
            {
                AccountOrderField.Arr => q.SortBy(a => a.Arr, order.Direction, i == 0),
                AccountOrderField.RenewalDate => q.SortBy(a => a.RenewalDate, order.Direction, i == 0),
                AccountOrderField.HealthScore => q.SortBy(a => a.HealthScore, order.Direction, i == 0),
                AccountOrderField.CreatedAt => q.SortBy(a => a.CreatedAt, order.Direction, i == 0),
                _ => q.SortBy(a => a.Name, order.Direction, i == 0),
            };
        }
        return ordered!.ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Account>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Accounts.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Contact>> GetContactsByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Contacts.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    public async Task<ILookup<int, Contact>> GetContactsByAccountIdsAsync(IReadOnlyCollection<int> accountIds, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var contacts = await db.Contacts.AsNoTracking().Where(c => accountIds.Contains(c.AccountId))
            .OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return contacts.ToLookup(c => c.AccountId);
    }
}
