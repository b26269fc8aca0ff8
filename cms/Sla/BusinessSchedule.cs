namespace Knowledge.Cms.Sla;

/// <summary>
/// Business-time arithmetic for one calendar in one time zone. Open windows are local wall-clock times turned into
/// UTC per day, so a window on a daylight-saving day is as long as the real time it spans (an overnight 24-hour
/// window is 23 or 25 hours then), and SLA time is always real elapsed time inside windows.
/// </summary>
public sealed record BusinessSchedule(
    TimeZoneInfo Zone,
    bool AlwaysOpen,
    IReadOnlySet<DayOfWeek> WorkingDays,
    int OpensAtMinute,
    int ClosesAtMinute,
    IReadOnlySet<DateOnly> Holidays)
{
    /// <summary>A 24×7 schedule in UTC.</summary>
    public static readonly BusinessSchedule Always = new(TimeZoneInfo.Utc, true, new HashSet<DayOfWeek>(), 0, BusinessCalendar.MinutesPerDay, new HashSet<DateOnly>());

    // A calendar that is validated to have working days still finds an open day within a few weeks even around
    // long holiday lists; ten years is a guard against a calendar that never opens, not a limit in practice.
    private const int MaxDays = 3660;

    /// <summary>The instant at which <paramref name="duration"/> of open time has passed since <paramref name="startUtc"/>.</summary>
    public DateTime Add(DateTime startUtc, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) return startUtc;
        if (AlwaysOpen) return startUtc + duration;
        var remaining = duration;
        var date = LocalDate(startUtc);
        for (var i = 0; i < MaxDays; i++, date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            var (opens, closes) = Window(date);
            var from = opens > startUtc ? opens : startUtc;
            if (from >= closes) continue;
            var available = closes - from;
            if (available >= remaining) return from + remaining;
            remaining -= available;
        }
        throw new InvalidOperationException("The business calendar has no open time within ten years.");
    }

    /// <summary>Open time between two instants (zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>).</summary>
    public TimeSpan Elapsed(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc) return TimeSpan.Zero;
        if (AlwaysOpen) return toUtc - fromUtc;
        var total = TimeSpan.Zero;
        var last = LocalDate(toUtc);
        for (var date = LocalDate(fromUtc); date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            var (opens, closes) = Window(date);
            var from = opens > fromUtc ? opens : fromUtc;
            var to = closes < toUtc ? closes : toUtc;
            if (to > from) total += to - from;
        }
        return total;
    }

    public bool IsWorkingDay(DateOnly date) => WorkingDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    /// <summary>The open window of one local date, in UTC.</summary>
    public (DateTime Opens, DateTime Closes) Window(DateOnly date) => (ToUtc(date, OpensAtMinute), ToUtc(date, ClosesAtMinute));

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));

    private DateTime ToUtc(DateOnly date, int minute)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddMinutes(minute);
        // A wall time skipped by a spring-forward jump does not exist: the window starts (or ends) at the jump itself,
        // which is the first valid local minute after the gap.
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        if (Zone.IsAmbiguousTime(local))
        {
            // A wall time repeated by a fall-back change: take its first occurrence (the larger offset).
            var offset = Zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
