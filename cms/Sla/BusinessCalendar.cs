using Knowledge.Cms.Common;

namespace Knowledge.Cms.Sla;

/// <summary>
/// When SLA time runs: always (24×7), or on working days between opening and closing time in a time zone, except
/// holidays. SLA targets are counted in the calendar's open time.
/// </summary>
public sealed class BusinessCalendar : IEntity
{
    public const int MinutesPerDay = 24 * 60;

    public int Id { get; set; }
    /// <summary>Stable key, e.g. <c>always</c>, <c>business-hours</c>.</summary>
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>IANA time zone; null means the account's time zone (UTC for tickets without an account).</summary>
    public string? TimeZone { get; set; }
    /// <summary>24×7: every minute counts; days, hours and holidays are ignored.</summary>
    public bool AlwaysOpen { get; set; }
    public List<DayOfWeek> WorkingDays { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    /// <summary>Opening time as minutes after local midnight (540 = 09:00).</summary>
    public int OpensAtMinute { get; set; } = 9 * 60;
    /// <summary>Closing time as minutes after local midnight, after <see cref="OpensAtMinute"/>; 1440 = midnight at the end of the day.</summary>
    public int ClosesAtMinute { get; set; } = 17 * 60;
    /// <summary>Local dates on which no SLA time runs.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The calendar's arithmetic in its own zone, or in <paramref name="accountTimeZone"/> when it names none.</summary>
    public BusinessSchedule ScheduleFor(string? accountTimeZone)
    {
        var zoneId = TimeZone ?? accountTimeZone ?? "UTC";
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new BusinessSchedule(zone, AlwaysOpen, WorkingDays.ToHashSet(), OpensAtMinute, ClosesAtMinute, Holidays.ToHashSet());
    }
}
