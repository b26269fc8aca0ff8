using Knowledge.Cms.Accounts;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Sla;

/// <summary>
/// The escalation matrix a fresh install starts with (demo or not); admins change it with
/// <c>updateEscalationMatrix</c>. Urgent work of paying tiers runs around the clock, the rest in business hours of
/// the account's time zone. Required levels keep the routing the product had before the matrix existed: every
/// ENTERPRISE ticket and every P1 needs a senior agent.
/// </summary>
internal static class SlaMatrixDefaults
{
    public const string Always = "always";
    public const string Extended = "extended-hours";
    public const string Business = "business-hours";

    public static IReadOnlyList<BusinessCalendar> Calendars(DateTime now) =>
    [
        new() { Slug = Always, Name = "24×7", AlwaysOpen = true, WorkingDays = [.. Enum.GetValues<DayOfWeek>()], OpensAtMinute = 0, ClosesAtMinute = BusinessCalendar.MinutesPerDay, CreatedAt = now, UpdatedAt = now },
        new() { Slug = Extended, Name = "Extended hours (Mon–Fri 07:00–19:00, account's time zone)", OpensAtMinute = 7 * 60, ClosesAtMinute = 19 * 60, CreatedAt = now, UpdatedAt = now },
        new() { Slug = Business, Name = "Business hours (Mon–Fri 09:00–17:00, account's time zone)", OpensAtMinute = 9 * 60, ClosesAtMinute = 17 * 60, CreatedAt = now, UpdatedAt = now },
    ];

    private static readonly NotificationRole[] Everyone = [NotificationRole.TeamLead, NotificationRole.Csm, NotificationRole.OnCall, NotificationRole.ExecutiveSponsor];

    /// <summary>Tier, priority, first response and resolution in minutes, calendar slug, level, roles notified.</summary>
    public static readonly IReadOnlyList<(AccountTier Tier, Priority Priority, int FirstResponse, int Resolution, string Calendar, Seniority Level, NotificationRole[] Notify)> Rows =
    [
        (AccountTier.Enterprise, Priority.P1, 30, 4 * 60, Always, Seniority.Senior, Everyone),
        (AccountTier.Enterprise, Priority.P2, 60, 8 * 60, Always, Seniority.Senior, [NotificationRole.TeamLead, NotificationRole.Csm]),
        (AccountTier.Enterprise, Priority.P3, 4 * 60, 24 * 60, Extended, Seniority.Senior, [NotificationRole.Csm]),
        (AccountTier.Enterprise, Priority.P4, 8 * 60, 48 * 60, Extended, Seniority.Senior, [NotificationRole.Csm]),
        (AccountTier.Growth, Priority.P1, 60, 8 * 60, Always, Seniority.Senior, [NotificationRole.TeamLead, NotificationRole.Csm, NotificationRole.OnCall]),
        (AccountTier.Growth, Priority.P2, 4 * 60, 16 * 60, Extended, Seniority.Junior, [NotificationRole.TeamLead]),
        (AccountTier.Growth, Priority.P3, 8 * 60, 40 * 60, Business, Seniority.Junior, [NotificationRole.TeamLead]),
        (AccountTier.Growth, Priority.P4, 16 * 60, 80 * 60, Business, Seniority.Junior, []),
        (AccountTier.Smb, Priority.P1, 2 * 60, 8 * 60, Business, Seniority.Senior, [NotificationRole.TeamLead, NotificationRole.OnCall]),
        (AccountTier.Smb, Priority.P2, 4 * 60, 24 * 60, Business, Seniority.Junior, [NotificationRole.TeamLead]),
        (AccountTier.Smb, Priority.P3, 8 * 60, 40 * 60, Business, Seniority.Junior, []),
        (AccountTier.Smb, Priority.P4, 16 * 60, 80 * 60, Business, Seniority.Junior, []),
        (AccountTier.Free, Priority.P1, 8 * 60, 40 * 60, Business, Seniority.Senior, [NotificationRole.TeamLead]),
        (AccountTier.Free, Priority.P2, 16 * 60, 80 * 60, Business, Seniority.Junior, []),
        (AccountTier.Free, Priority.P3, 24 * 60, 120 * 60, Business, Seniority.Junior, []),
        (AccountTier.Free, Priority.P4, 40 * 60, 160 * 60, Business, Seniority.Junior, []),
    ];

    public static IReadOnlyList<SlaPolicy> Policies(IReadOnlyDictionary<string, BusinessCalendar> calendars, DateTime now) =>
        Rows.Select(r => new SlaPolicy
        {
            Tier = r.Tier, Priority = r.Priority, FirstResponseMinutes = r.FirstResponse, ResolutionMinutes = r.Resolution,
            Calendar = calendars[r.Calendar], RequiredSeniority = r.Level, Notify = [.. r.Notify], UpdatedAt = now, UpdatedBy = "system",
        }).ToList();
}
