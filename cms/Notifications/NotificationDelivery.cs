using System.Globalization;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Knowledge.Cms.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Notifications;

/// <summary>
/// Delivers written notifications on the event bus (the outbox pattern: rows first, publish after the commit). Each
/// row is claimed with a conditional update, so two instances never both deliver it; the measured delay from the
/// escalation is stored with it, and a late one is logged.
/// </summary>
internal sealed class NotificationDelivery(KnowledgeDbContext db, IEventBus bus, IClock clock, IOptions<SlaOptions> options, ILogger<NotificationDelivery> logger)
{
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Set<Notification>().AsNoTracking().Where(n => n.DeliveredAt == null)
            .OrderBy(n => n.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var notification in pending)
        {
            var now = clock.UtcNow;
            var seconds = Math.Round(Math.Max(0, (now - notification.RaisedAt).TotalSeconds), 3);
            var claimed = await db.Set<Notification>().Where(n => n.Id == notification.Id && n.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.DeliveredAt, now).SetProperty(n => n.DeliverySeconds, seconds), cancellationToken);
            if (claimed == 0) continue;
            if (now > notification.DueBy)
                logger.LogWarning("Notification {Id} ({Role}) for ticket {TicketId} delivered {Seconds:F0} s after the escalation, past its deadline",
                    notification.Id, notification.Role, notification.TicketId, seconds);
            var attributes = new Dictionary<string, string>
            {
                ["role"] = EnumNames.ConstantCase(notification.Role),
                ["kind"] = EnumNames.ConstantCase(notification.Kind),
                ["ticketId"] = notification.TicketId.ToString(CultureInfo.InvariantCulture),
            };
            if (notification.RecipientEmail is { } email) attributes["recipientEmail"] = email;
            // Committed already: subscribers must hear of it even when the sweep is being stopped.
            await bus.PublishAsync(new DomainEvent(NotificationTopics.Received, notification.Id, attributes), CancellationToken.None);
            delivered++;
        }
        return delivered;
    }
}
