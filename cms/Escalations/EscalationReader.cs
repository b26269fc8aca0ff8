using Knowledge.Cms.Accounts;
using Knowledge.Cms.Churn;
using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Escalations;

/// <summary>Reads escalations and builds their hand-off context (staff only).</summary>
public sealed class EscalationReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal EscalationReader(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    public Task<IReadOnlyDictionary<int, Escalation>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Escalations.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    /// <summary>Escalations, newest first; <see cref="EscalationFilter.Reason"/> matches a reason code or its prefix (<c>sla-</c>).</summary>
    public Task<Page<Escalation>> ListAsync(EscalationFilter? filter, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var query = db.Escalations.AsNoTracking();
        if (filter is not null)
        {
            var reason = filter.Reason?.Trim();
            if (reason is { Length: 0 } || reason?.Length > 100) throw KnowledgeException.Invalid("where.reason", "must be 1–100 characters.");
            if (filter.MinLevel is < 1 or > 3) throw KnowledgeException.Invalid("where.minLevel", "must be between 1 and 3.");
            query = query
                .WhereIf(filter.Tier is not null, e => db.Accounts.Any(a => a.Id == e.AccountId && a.Tier == filter.Tier))
                .WhereIf(filter.TeamId is not null, e => e.TeamId == filter.TeamId)
                .WhereIf(filter.AccountId is not null, e => e.AccountId == filter.AccountId)
                .WhereIf(filter.TicketId is not null, e => e.TicketId == filter.TicketId)
                .WhereIf(filter.Open == true, e => e.AcknowledgedAt == null)
                .WhereIf(filter.Open == false, e => e.AcknowledgedAt != null)
                .WhereIf(reason is not null, e => e.Reasons.Any(r => r.StartsWith(reason!)))
                .WhereIf(filter.MinLevel is not null, e => e.Level >= filter.MinLevel)
                .WhereIf(filter.CreatedAfter is not null, e => e.CreatedAt >= filter.CreatedAfter)
                .WhereIf(filter.CreatedBefore is not null, e => e.CreatedAt < filter.CreatedBefore);
        }
        return query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).ToPageAsync(page, cancellationToken);
    }

    /// <summary>Account summary, recent tickets and CSAT, open escalations, renewal, churn risk and a suggested approach.</summary>
    public async Task<EscalationHandoff> HandoffAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var account = escalation.AccountId is { } accountId ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken) : null;
        if (account is null)
            return new EscalationHandoff(null, [], null, 0, null, null, Approach(null, escalation, null, 0));
        var since = clock.UtcNow.AddDays(-90);
        var recent = await db.Tickets.AsNoTracking().Where(t => t.AccountId == account.Id).OrderByDescending(t => t.CreatedAt).Take(5).ToListAsync(cancellationToken);
        var csat = await db.Tickets.AsNoTracking().Where(t => t.AccountId == account.Id && t.Csat != null && t.CreatedAt >= since)
            .Select(t => (double?)t.Csat).AverageAsync(cancellationToken);
        var open = await db.Escalations.AsNoTracking().CountAsync(e => e.AccountId == account.Id && e.AcknowledgedAt == null, cancellationToken);
        var risk = await db.Set<ChurnAssessment>().AsNoTracking().Where(a => a.AccountId == account.Id)
            .OrderByDescending(a => a.ComputedAt).Select(a => (double?)a.Risk).FirstOrDefaultAsync(cancellationToken);
        var days = (int)Math.Floor((account.RenewalDate - clock.UtcNow).TotalDays);
        return new EscalationHandoff(account, recent, csat is null ? null : Math.Round(csat.Value, 2), open, days, risk, Approach(account, escalation, risk, days));
    }

    private static string Approach(Account? account, Escalation escalation, double? risk, int days)
    {
        var steps = new List<string>();
        if (escalation.Reasons.Any(r => r.StartsWith("legal", StringComparison.Ordinal) || r.StartsWith("cancel", StringComparison.Ordinal)))
            steps.Add("Acknowledge within the hour and involve the account's executive sponsor; do not discuss liability in writing.");
        if (account?.Tier == AccountTier.Enterprise) steps.Add("Senior agent owns it end to end; brief the CSM before the first reply.");
        if (days is >= 0 and <= 60) steps.Add($"Renewal in {days} days: loop in the CSM and keep the account team informed.");
        if (risk is >= 0.6) steps.Add("The account is at churn risk: confirm the fix with the customer's admin and follow up in 24 hours.");
        if (steps.Count == 0) steps.Add("Reply with a concrete next step and an ETA; follow up in 24 hours.");
        return string.Join(" ", steps);
    }
}
