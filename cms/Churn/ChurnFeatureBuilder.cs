using Knowledge.Cms.Accounts;
using Knowledge.Cms.Data;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Churn;

/// <summary>Computes <see cref="ChurnFeatures"/> for many accounts and dates from one read of usage and tickets.</summary>
internal sealed class ChurnFeatureBuilder
{
    private readonly Dictionary<int, Account> accounts;
    private readonly ILookup<int, AccountActivityDay> activity;
    private readonly ILookup<int, TicketSignal> tickets;

    private ChurnFeatureBuilder(List<Account> accounts, List<AccountActivityDay> activity, List<TicketSignal> tickets)
    {
        this.accounts = accounts.ToDictionary(a => a.Id);
        this.activity = activity.ToLookup(a => a.AccountId);
        this.tickets = tickets.ToLookup(t => t.AccountId);
    }

    public IReadOnlyCollection<Account> Accounts => accounts.Values;

    public static async Task<ChurnFeatureBuilder> LoadAsync(KnowledgeDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(since);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        var activity = await db.Set<AccountActivityDay>().AsNoTracking().Where(a => a.Day >= day).ToListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.AccountId != null && t.CreatedAt >= since)
            .Select(t => new
            {
                AccountId = t.AccountId!.Value, t.CreatedAt, t.Priority, t.Emotion,
                Customer = t.Messages.Where(m => m.Kind == MessageKind.Customer).Select(m => m.Body).ToList(),
            })
            .ToListAsync(cancellationToken);
        var signals = tickets.Select(t => new TicketSignal(t.AccountId, t.CreatedAt, t.Priority is Priority.P1 or Priority.P2,
            t.Emotion is Emotion.Angry or Emotion.Frustrated, t.Customer.Count == 0 ? 0 : t.Customer.Average(b => b.Length),
            t.Customer.Sum(ChurnPhrases.Count))).ToList();
        return new ChurnFeatureBuilder(accounts, activity, signals);
    }

    public ChurnFeatures Build(int accountId, DateTime asOf)
    {
        var account = accounts[accountId];
        var today = DateOnly.FromDateTime(asOf);
        var usage = activity[accountId].Where(a => a.Day <= today).ToList();
        double Average(Func<AccountActivityDay, int> value, int fromDaysAgo, int toDaysAgo)
        {
            var window = usage.Where(a => a.Day > today.AddDays(-fromDaysAgo) && a.Day <= today.AddDays(-toDaysAgo)).ToList();
            return window.Count == 0 ? 0 : window.Average(value);
        }
        var logins30 = Average(a => a.Logins, 30, 0);
        var loginsPrior = Average(a => a.Logins, 90, 30);
        var seatsNow = Average(a => a.ActiveSeats, 7, 0);
        var seatsBefore = Average(a => a.ActiveSeats, 97, 90);
        var features30 = Average(a => a.FeatureEvents, 30, 0);
        var featuresPrior = Average(a => a.FeatureEvents, 90, 30);
        var recent = tickets[accountId].Where(t => t.CreatedAt <= asOf && t.CreatedAt > asOf.AddDays(-90)).ToList();
        var earlier = tickets[accountId].Where(t => t.CreatedAt <= asOf.AddDays(-90) && t.CreatedAt > asOf.AddDays(-180)).ToList();
        var recentLength = recent.Count == 0 ? 0 : recent.Average(t => t.CustomerLength);
        var earlierLength = earlier.Count == 0 ? 0 : earlier.Average(t => t.CustomerLength);
        // Contracts renew yearly: distance to the next renewal from the snapshot (cancelled accounts: to the cancellation).
        var toRenewal = (account.RenewalDate - asOf).TotalDays;
        if (account.CancelledAt is null) toRenewal = (toRenewal % 365 + 365) % 365;
        return new ChurnFeatures(
            accountId, asOf, logins30, (logins30 + 1) / (loginsPrior + 1), seatsBefore <= 0 ? 1 : seatsNow / seatsBefore,
            (features30 + 1) / (featuresPrior + 1), recent.Count, recent.Count(t => t.Severe),
            recent.Count == 0 ? 0 : (double)recent.Count(t => t.Negative) / recent.Count,
            recentLength == 0 || earlierLength == 0 ? 1 : recentLength / earlierLength, recent.Sum(t => t.ChurnPhrases),
            Math.Clamp(toRenewal, 0, 730),
            account.Tier switch { AccountTier.Enterprise => 3, AccountTier.Growth => 2, AccountTier.Smb => 1, _ => 0 },
            Math.Log10((double)account.Arr + 1), account.DowngradedAt is { } d && d <= asOf && d > asOf.AddDays(-180) ? 1 : 0);
    }

    private sealed record TicketSignal(int AccountId, DateTime CreatedAt, bool Severe, bool Negative, double CustomerLength, int ChurnPhrases);
}
