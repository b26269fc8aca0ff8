using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Notifications;

/// <summary>
/// Reads notifications (staff only), newest first. API keys are not people, so "my notifications" is a filter by
/// recipient e-mail or role.
/// </summary>
public sealed class NotificationReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal NotificationReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public Task<Page<Notification>> ListAsync(NotificationFilter? filter, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var email = filter?.RecipientEmail?.Trim().ToLowerInvariant();
        var query = db.Set<Notification>().AsNoTracking()
            .WhereIf(filter?.Role is not null, n => n.Role == filter!.Role)
            .WhereIf(email is not null, n => n.RecipientEmail == email)
            .WhereIf(filter?.TicketId is not null, n => n.TicketId == filter!.TicketId)
            .WhereIf(filter?.Kind is not null, n => n.Kind == filter!.Kind)
            .WhereIf(filter?.Delivered is not null, n => (n.DeliveredAt != null) == filter!.Delivered);
        return query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToPageAsync(page, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Notification>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Set<Notification>().AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }
}
