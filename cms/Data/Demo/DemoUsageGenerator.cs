using Knowledge.Cms.Accounts;
using Knowledge.Cms.Churn;

namespace Knowledge.Cms.Data.Demo;

/// <summary>
/// A year of daily product usage per account. Most accounts are steady or growing; some cancelled during the year
/// (usage fading for months before), some are fading now (the ones churn prediction should find), some downgraded.
/// </summary>
internal sealed class DemoUsageGenerator(Random random, DateTime today)
{
    public const int CancelledAccounts = 12;
    public const int FadingAccounts = 8;

    private readonly HashSet<Account> fading = [];

    /// <summary>Decides who cancelled, who is fading and who downgraded; call before the accounts are saved.</summary>
    public void PlanChurn(List<Account> accounts)
    {
        // The anchor (index 0) is fading into its renewal; then cancelled and fading accounts from the rest.
        var candidates = accounts.Skip(1).Where(a => a.Tier != AccountTier.Free).OrderBy(_ => random.Next()).ToList();
        var cancelled = candidates.Take(CancelledAccounts).ToHashSet();
        fading.UnionWith(candidates.Skip(CancelledAccounts).Take(FadingAccounts).Append(accounts[0]));
        foreach (var account in cancelled)
        {
            account.CancelledAt = today.AddDays(-random.Next(20, 300));
            account.RenewalDate = account.CancelledAt.Value;
            if (random.Next(3) == 0) account.DowngradedAt = account.CancelledAt.Value.AddDays(-random.Next(30, 120));
        }
        foreach (var account in fading.Where(_ => random.Next(3) == 0)) account.DowngradedAt = today.AddDays(-random.Next(20, 90));
    }

    /// <summary>The usage rows, once the accounts have their keys.</summary>
    public List<AccountActivityDay> Generate(List<Account> accounts)
    {

        var rows = new List<AccountActivityDay>(accounts.Count * 365);
        foreach (var account in accounts)
        {
            var seats = account.Tier switch { AccountTier.Enterprise => random.Next(300, 1500), AccountTier.Growth => random.Next(60, 300), AccountTier.Smb => random.Next(8, 60), _ => random.Next(1, 6) };
            var growth = 1 + (random.NextDouble() - 0.3) * 0.4; // yearly drift of steady accounts
            var end = account.CancelledAt ?? today;
            var declineStart = account.CancelledAt is { } c ? c.AddDays(-random.Next(90, 160)) : fading.Contains(account) ? today.AddDays(-random.Next(60, 120)) : DateTime.MaxValue;
            for (var day = today.AddDays(-364); day <= end; day = day.AddDays(1))
            {
                var yearShare = (day - today.AddDays(-364)).TotalDays / 365;
                var level = Math.Pow(growth, yearShare);
                if (day > declineStart) level *= Math.Max(0.08, 1 - (day - declineStart).TotalDays / 140);
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.25 : 1;
                var active = Math.Max(1, (int)(seats * level * (0.55 + random.NextDouble() * 0.1)));
                rows.Add(new AccountActivityDay
                {
                    AccountId = account.Id,
                    Day = DateOnly.FromDateTime(day),
                    ActiveSeats = active,
                    Logins = (int)(active * weekend * (1.1 + random.NextDouble() * 0.5)),
                    FeatureEvents = (int)(active * weekend * (3 + random.NextDouble() * 3)),
                });
            }
        }
        return rows;
    }
}
