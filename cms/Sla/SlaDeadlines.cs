using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Sla;

/// <summary>A ticket's deadlines and 80% points, derived from a matrix cell and the moment the ticket was opened.</summary>
public sealed record SlaDeadlines(
    string CalendarSlug,
    string TimeZone,
    bool BusinessHours,
    int FirstResponseMinutes,
    int ResolutionMinutes,
    DateTime FirstResponseDueAt,
    DateTime FirstResponseWarnAt,
    DateTime ResolutionDueAt,
    DateTime ResolutionWarnAt)
{
    /// <summary>Without a cell (a matrix not yet seeded) the per-priority defaults run around the clock in UTC.</summary>
    public static SlaDeadlines Compute(SlaPolicy? policy, Priority priority, string? accountTimeZone, DateTime openedAt, double warnAtFraction)
    {
        var (firstResponse, resolution) = policy is null
            ? SlaDefaults.For(priority)
            : (TimeSpan.FromMinutes(policy.FirstResponseMinutes), TimeSpan.FromMinutes(policy.ResolutionMinutes));
        var schedule = policy?.Calendar?.ScheduleFor(accountTimeZone) ?? BusinessSchedule.Always;
        return new SlaDeadlines(
            policy?.Calendar?.Slug ?? SlaMatrixDefaults.Always,
            schedule.Zone.Id,
            !schedule.AlwaysOpen,
            (int)firstResponse.TotalMinutes,
            (int)resolution.TotalMinutes,
            schedule.Add(openedAt, firstResponse),
            schedule.Add(openedAt, firstResponse * warnAtFraction),
            schedule.Add(openedAt, resolution),
            schedule.Add(openedAt, resolution * warnAtFraction));
    }
}
