using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Tickets;

/// <summary>Reads tickets and their threads (staff only).</summary>
public sealed class TicketReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal TicketReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public Task<Page<Ticket>> ListAsync(TicketFilter? filter, IReadOnlyList<TicketOrder>? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var query = db.Tickets.AsNoTracking();
        if (filter is not null)
        {
            var pattern = filter.SubjectContains is { Length: > 0 } s ? $"%{s.Replace("%", "").Replace("_", "")}%" : null;
            query = query
                .WhereIf(filter.Statuses is { Count: > 0 }, t => filter.Statuses!.Contains(t.Status))
                .WhereIf(filter.Priorities is { Count: > 0 }, t => filter.Priorities!.Contains(t.Priority))
                .WhereIf(filter.TeamId is not null, t => t.TeamId == filter.TeamId)
                .WhereIf(filter.AssigneeId is not null, t => t.AssigneeId == filter.AssigneeId)
                .WhereIf(filter.AccountId is not null, t => t.AccountId == filter.AccountId)
                .WhereIf(filter.IssueTypeId is not null, t => t.IssueTypeId == filter.IssueTypeId)
                .WhereIf(filter.Language is not null, t => t.Language == filter.Language)
                .WhereIf(filter.Channel is not null, t => t.Channel == filter.Channel)
                .WhereIf(filter.CreatedAfter is not null, t => t.CreatedAt >= filter.CreatedAfter)
                .WhereIf(filter.CreatedBefore is not null, t => t.CreatedAt < filter.CreatedBefore)
                .WhereIf(pattern is not null, t => EF.Functions.Like(t.Subject, pattern!));
        }
        IOrderedQueryable<Ticket>? ordered = null;
        var orders = orderBy is { Count: > 0 } ? orderBy : [new TicketOrder(TicketOrderField.CreatedAt, SortDirection.Desc)];
        for (var i = 0; i < orders.Count; i++)
        {
            var (field, direction) = (orders[i].Field, orders[i].Direction);
            var q = ordered ?? query;
            ordered = field switch
            {
                TicketOrderField.UpdatedAt => q.SortBy(t => t.UpdatedAt, direction, i == 0),
                // Enums are stored by name; P1 < P2 < P3 < P4 sorts correctly as text too.
                TicketOrderField.Priority => q.SortBy(t => t.Priority, direction, i == 0),
                TicketOrderField.Status => q.SortBy(t => t.Status, direction, i == 0),
                TicketOrderField.ResolutionDueAt => q.SortBy(t => t.ResolutionDueAt, direction, i == 0),
                _ => q.SortBy(t => t.CreatedAt, direction, i == 0),
            };
        }
        return ordered!.ThenBy(t => t.Id).ToPageAsync(page, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Ticket>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Tickets.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, TicketMessage>> GetMessagesByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.TicketMessages.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    /// <summary>Threads of many tickets in one command, oldest message first.</summary>
    public async Task<ILookup<int, TicketMessage>> GetMessagesAsync(IReadOnlyCollection<int> ticketIds, bool includeInternalNotes, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var messages = await db.TicketMessages.AsNoTracking()
            .Where(m => ticketIds.Contains(m.TicketId))
            .WhereIf(!includeInternalNotes, m => m.Kind != MessageKind.InternalNote)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return messages.ToLookup(m => m.TicketId);
    }

    public async Task<ILookup<int, Ticket>> GetByAccountIdsAsync(IReadOnlyCollection<int> accountIds, int perAccount, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.AccountId != null && accountIds.Contains(t.AccountId.Value))
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return tickets.GroupBy(t => t.AccountId!.Value).SelectMany(g => g.Take(perAccount)).ToLookup(t => t.AccountId!.Value);
    }
}
