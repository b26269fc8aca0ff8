using GraphQL.Types;
using Knowledge.Cms.Sla;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Notifications;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Sla;

public sealed class EscalationMatrixGraphType : ObjectGraphType<EscalationMatrix>
{
    public EscalationMatrixGraphType()
    {
        Name = "EscalationMatrix";
        Description = "Tier × priority → SLA targets, required agent level and who is notified, with the business calendars. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaPolicyGraphType>>>>("policies").Description("One cell per tier and priority, in tier then priority order.").Resolve(c => c.Source.Policies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessCalendarGraphType>>>>("calendars").Description("Calendars the cells count time in.").Resolve(c => c.Source.Calendars);
    }
}

public sealed class SlaPolicyGraphType : ObjectGraphType<SlaPolicy>
{
    public SlaPolicyGraphType()
    {
        Name = "SlaPolicy";
        Description = "One cell of the escalation matrix. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<AccountTierGraphType>>("tier").Description("Account tier of the cell.").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<PriorityGraphType>>("priority").Description("Ticket priority of the cell.").Resolve(c => c.Source.Priority);
        Field<NonNullGraphType<IntGraphType>>("firstResponseMinutes").Description("First public agent reply due within this many minutes of the calendar's open time.").Resolve(c => c.Source.FirstResponseMinutes);
        Field<NonNullGraphType<IntGraphType>>("resolutionMinutes").Description("Resolution due within this many minutes of open time.").Resolve(c => c.Source.ResolutionMinutes);
        Field<NonNullGraphType<BusinessCalendarGraphType>>("calendar").Description("The calendar SLA time runs in.").Resolve(c => c.Source.Calendar);
        Field<NonNullGraphType<SeniorityGraphType>>("requiredSeniority").Description("The least senior agent routing picks for such a ticket.").Resolve(c => c.Source.RequiredSeniority);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationRoleGraphType>>>>("notify").Description("Roles notified when a ticket of this cell escalates.").Resolve(c => c.Source.Notify);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change.").Resolve(c => c.Source.UpdatedAt);
        Field<StringGraphType>("updatedBy").Description("API key name of the last change (`system` for defaults).").Resolve(c => c.Source.UpdatedBy);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Concurrency version; pass it as `expectedVersion` when changing the cell.").Resolve(c => c.Source.Version);
    }
}

public sealed class BusinessCalendarGraphType : ObjectGraphType<BusinessCalendar>
{
    public BusinessCalendarGraphType()
    {
        Name = "BusinessCalendar";
        Description = "When SLA time runs: 24×7, or working days between opening and closing time in a time zone, except holidays. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable key, referenced by matrix cells.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("timeZone").Description("IANA time zone; null means the account's time zone (UTC without an account).").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<BooleanGraphType>>("alwaysOpen").Description("24×7: every minute counts.").Resolve(c => c.Source.AlwaysOpen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdayGraphType>>>>("workingDays").Description("Days on which SLA time runs.").Resolve(c => c.Source.WorkingDays);
        Field<NonNullGraphType<StringGraphType>>("opens").Description("Opening time, local HH:mm.").Resolve(c => ClockTime.Format(c.Source.OpensAtMinute));
        Field<NonNullGraphType<StringGraphType>>("closes").Description("Closing time, local HH:mm (24:00 = end of day).").Resolve(c => ClockTime.Format(c.Source.ClosesAtMinute));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("holidays").Description("Local dates (yyyy-MM-dd) on which no SLA time runs.")
            .Resolve(c => c.Source.Holidays.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Concurrency version; pass it as `expectedVersion` when changing the calendar.").Resolve(c => c.Source.Version);
    }
}

public sealed class TicketSlaGraphType : ObjectGraphType<TicketSla>
{
    public TicketSlaGraphType()
    {
        Name = "TicketSla";
        Description = "A ticket's SLA clock: the matrix cell and calendar behind its deadlines, its 80% points and what was raised. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<AccountTierGraphType>>("tier").Description("Tier of the matrix cell used.").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<PriorityGraphType>>("priority").Description("Priority of the matrix cell used.").Resolve(c => c.Source.Priority);
        Field<NonNullGraphType<StringGraphType>>("calendar").Description("Slug of the calendar the deadlines were counted in.").Resolve(c => c.Source.CalendarSlug);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("IANA time zone the deadlines were counted in.").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<BooleanGraphType>>("businessHours").Description("Whether the clock runs in business hours only (false: 24×7).").Resolve(c => c.Source.BusinessHours);
        Field<NonNullGraphType<IntGraphType>>("firstResponseMinutes").Description("First-response target in open-time minutes.").Resolve(c => c.Source.FirstResponseMinutes);
        Field<NonNullGraphType<IntGraphType>>("resolutionMinutes").Description("Resolution target in open-time minutes.").Resolve(c => c.Source.ResolutionMinutes);
        Field<NonNullGraphType<DateTimeGraphType>>("firstResponseDueAt").Description("First public agent reply due.").Resolve(c => c.Source.FirstResponseDueAt);
        Field<NonNullGraphType<DateTimeGraphType>>("resolutionDueAt").Description("Resolution due; moved by the open time spent waiting on the customer.").Resolve(c => c.Source.ResolutionDueAt);
        Field<DateTimeGraphType>("pausedAt").Description("Since when the resolution clock is paused (the ticket is AWAITING_CUSTOMER); null while it runs.").Resolve(c => c.Source.PausedAt);
        Field<NonNullGraphType<IntGraphType>>("pausedMinutes").Description("Open minutes spent waiting on the customer so far; the resolution deadline moved by them.").Resolve(c => c.Source.PausedMinutes);
        Field<NonNullGraphType<DateTimeGraphType>>("firstResponseWarnAt").Description("When 80% of the first-response target is used.").Resolve(c => c.Source.FirstResponseWarnAt);
        Field<NonNullGraphType<DateTimeGraphType>>("resolutionWarnAt").Description("When 80% of the resolution target is used.").Resolve(c => c.Source.ResolutionWarnAt);
        Field<DateTimeGraphType>("firstResponseWarnedAt").Description("When the 80% first-response escalation was raised.").Resolve(c => c.Source.FirstResponseWarnedAt);
        Field<DateTimeGraphType>("firstResponseBreachedAt").Description("When the first-response breach was recorded.").Resolve(c => c.Source.FirstResponseBreachedAt);
        Field<DateTimeGraphType>("resolutionWarnedAt").Description("When the 80% resolution escalation was raised.").Resolve(c => c.Source.ResolutionWarnedAt);
        Field<DateTimeGraphType>("resolutionBreachedAt").Description("When the resolution breach was recorded.").Resolve(c => c.Source.ResolutionBreachedAt);
    }
}

public sealed class WeekdayGraphType : EnumerationGraphType<DayOfWeek>
{
    public WeekdayGraphType()
    {
        Name = "Weekday";
        Description = "A day of the week.";
    }
}
