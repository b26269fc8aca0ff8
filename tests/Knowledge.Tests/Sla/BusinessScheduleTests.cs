using Knowledge.Cms.Sla;

namespace Knowledge.Tests.Sla;

/// <summary>Business-time arithmetic on real IANA zones: weekends, nights, holidays and both daylight-saving changes.</summary>
public sealed class BusinessScheduleTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static BusinessSchedule Schedule(string zone, int opens = 9 * 60, int closes = 17 * 60, DayOfWeek[]? days = null, params DateOnly[] holidays) =>
        new BusinessCalendar { Slug = "t", Name = "t", TimeZone = zone, WorkingDays = [.. days ?? Weekdays], OpensAtMinute = opens, ClosesAtMinute = closes, Holidays = [.. holidays] }
            .ScheduleFor(null);

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_continue_on_monday_when_the_target_runs_past_friday_closing()
    {
        // Friday 16:00 EDT + 2 business hours = 1 h on Friday + 1 h from Monday 09:00 EDT.
        var due = Schedule("America/New_York").Add(Utc(2026, 6, 5, 20), TimeSpan.FromHours(2));
        Assert.Equal(Utc(2026, 6, 8, 14), due);
    }

    [Fact]
    public void Should_start_counting_at_opening_time_when_the_ticket_arrives_overnight()
    {
        var schedule = Schedule("America/New_York");
        // Tuesday 22:00 EDT: nothing counts until Wednesday 09:00 EDT.
        Assert.Equal(Utc(2026, 6, 3, 14), schedule.Add(Utc(2026, 6, 3, 2), TimeSpan.FromHours(1)));
        // Wednesday 06:00 EDT + 30 min = 09:30 EDT.
        Assert.Equal(Utc(2026, 6, 3, 13, 30), schedule.Add(Utc(2026, 6, 3, 10), TimeSpan.FromMinutes(30)));
        Assert.Equal(TimeSpan.Zero, schedule.Elapsed(Utc(2026, 6, 3, 2), Utc(2026, 6, 3, 12)));
    }

    [Fact]
    public void Should_follow_the_wall_clock_when_daylight_saving_starts_over_the_weekend()
    {
        // Friday 16:00 EST (UTC-5) + 2 h: Monday opens at 09:00 EDT (UTC-4) = 13:00 UTC, so due 14:00 UTC, not 15:00.
        var due = Schedule("America/New_York").Add(Utc(2026, 3, 6, 21), TimeSpan.FromHours(2));
        Assert.Equal(Utc(2026, 3, 9, 14), due);
    }

    [Fact]
    public void Should_count_real_hours_when_a_whole_day_window_spans_a_clock_change()
    {
        var everyDay = Enum.GetValues<DayOfWeek>();
        var berlin = Schedule("Europe/Berlin", 0, BusinessCalendar.MinutesPerDay, everyDay);
        // 29 March 2026 has 23 hours in Berlin, 25 October 2026 has 25.
        var (springOpens, springCloses) = berlin.Window(new DateOnly(2026, 3, 29));
        var (autumnOpens, autumnCloses) = berlin.Window(new DateOnly(2026, 10, 25));
        Assert.Equal(TimeSpan.FromHours(23), springCloses - springOpens);
        Assert.Equal(TimeSpan.FromHours(25), autumnCloses - autumnOpens);
        // Saturday 12:00 CET + 24 h of open time is Sunday 13:00 CEST: 24 real hours, not 24 wall-clock hours.
        Assert.Equal(Utc(2026, 3, 29, 11), berlin.Add(Utc(2026, 3, 28, 11), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void Should_open_at_the_jump_when_the_opening_time_does_not_exist_on_the_spring_forward_day()
    {
        var sundayOnly = Schedule("America/New_York", 2 * 60 + 30, 5 * 60, [DayOfWeek.Sunday]);
        var (opens, closes) = sundayOnly.Window(new DateOnly(2026, 3, 8));
        Assert.Equal(Utc(2026, 3, 8, 7), opens); // 02:30 is skipped; 03:00 EDT
        Assert.Equal(Utc(2026, 3, 8, 9), closes); // 05:00 EDT
    }

    [Fact]
    public void Should_skip_holidays_and_the_weekend_when_counting_business_time()
    {
        var schedule = Schedule("Europe/Berlin", holidays: [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)]);
        // Wednesday 16:00 CET + 2 h: 1 h on Wednesday, Thursday and Friday are holidays, then Monday 09:00–10:00 CET.
        Assert.Equal(Utc(2026, 12, 28, 9), schedule.Add(Utc(2026, 12, 23, 15), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Should_add_plain_time_when_the_calendar_is_always_open()
    {
        var always = new BusinessCalendar { Slug = "a", Name = "a", AlwaysOpen = true, WorkingDays = [] }.ScheduleFor("Asia/Tokyo");
        Assert.Equal(Utc(2026, 6, 6, 12, 30), always.Add(Utc(2026, 6, 6, 12), TimeSpan.FromMinutes(30)));
    }

    [Theory]
    [InlineData("America/New_York", 2026, 3, 6, 20)]
    [InlineData("Europe/Berlin", 2026, 10, 23, 14)]
    [InlineData("Asia/Tokyo", 2026, 6, 1, 12)]
    [InlineData("America/Chicago", 2026, 11, 1, 3)]
    public void Should_measure_back_the_business_time_it_added(string zone, int year, int month, int day, int hour)
    {
        var schedule = Schedule(zone, 8 * 60, 18 * 60);
        var start = Utc(year, month, day, hour);
        foreach (var minutes in new[] { 1, 45, 600, 601, 2400, 4321 })
        {
            var due = schedule.Add(start, TimeSpan.FromMinutes(minutes));
            Assert.Equal(TimeSpan.FromMinutes(minutes), schedule.Elapsed(start, due));
        }
    }

    [Fact]
    public void Should_use_the_account_time_zone_when_the_calendar_names_none()
    {
        var calendar = new BusinessCalendar { Slug = "b", Name = "b" };
        Assert.Equal("Asia/Tokyo", calendar.ScheduleFor("Asia/Tokyo").Zone.Id);
        Assert.Equal("UTC", calendar.ScheduleFor(null).Zone.Id);
        calendar.TimeZone = "Europe/Berlin";
        Assert.Equal("Europe/Berlin", calendar.ScheduleFor("Asia/Tokyo").Zone.Id);
    }
}
