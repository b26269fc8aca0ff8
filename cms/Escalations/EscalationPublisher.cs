using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Knowledge.Cms.Sla;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Escalations;

/// <summary>
/// Announces a committed escalation on the bus (for <c>escalationRaised</c>) and wakes the SLA scheduler, which
/// claims it and notifies the people the escalation matrix names.
/// </summary>
internal sealed class EscalationPublisher(KnowledgeDbContext db, IEventBus bus, SlaSignal signal)
{
    public async Task PublishRaisedAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var tier = escalation.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => (AccountTier?)a.Tier).FirstOrDefaultAsync(cancellationToken)
            : null;
        var attributes = new Dictionary<string, string>
        {
            ["ticketId"] = escalation.TicketId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["level"] = escalation.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (tier is { } t) attributes["tier"] = EnumNames.ConstantCase(t);
        if (escalation.TeamId is { } teamId) attributes["teamId"] = teamId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        signal.Wake();
        await bus.PublishAsync(new DomainEvent(EscalationTopics.Raised, escalation.Id, attributes), cancellationToken);
    }
}
