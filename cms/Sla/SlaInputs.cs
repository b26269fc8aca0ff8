using Knowledge.Cms.Accounts;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Sla;

/// <summary>One matrix cell to create or change; absent fields keep their value (a new cell needs all of them).</summary>
public sealed record SlaPolicyInput(
    AccountTier? Tier,
    Priority? Priority,
    int? FirstResponseMinutes,
    int? ResolutionMinutes,
    string? Calendar,
    Seniority? RequiredSeniority,
    IReadOnlyList<NotificationRole>? Notify,
    int? ExpectedVersion);

/// <summary>A business calendar to create or change, by slug; absent fields keep their value.</summary>
/// <param name="TimeZoneGiven">Whether <paramref name="TimeZone"/> was sent: an explicit null means "the account's time zone".</param>
public sealed record BusinessCalendarInput(
    string? Slug,
    string? Name,
    bool TimeZoneGiven,
    string? TimeZone,
    bool? AlwaysOpen,
    IReadOnlyList<DayOfWeek>? WorkingDays,
    string? Opens,
    string? Closes,
    IReadOnlyList<string>? Holidays,
    int? ExpectedVersion);
