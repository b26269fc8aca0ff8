using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Notifications;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Sla;

public sealed class SlaPolicyInputGraphType : InputObjectGraphType<SlaPolicyInput>
{
    public SlaPolicyInputGraphType()
    {
        Name = "SlaPolicyInput";
        Description = "One matrix cell to create or change (upsert by tier and priority); absent fields keep their value, a new cell needs them all.";
        Field<NonNullGraphType<AccountTierGraphType>>("tier").Description("Account tier of the cell.");
        Field<NonNullGraphType<PriorityGraphType>>("priority").Description("Ticket priority of the cell.");
        Field<IntGraphType>("firstResponseMinutes").Description("First-response target in open-time minutes (positive).");
        Field<IntGraphType>("resolutionMinutes").Description("Resolution target in open-time minutes (positive, not below the first-response target).");
        Field<StringGraphType>("calendar").Description("Slug of the business calendar.");
        Field<SeniorityGraphType>("requiredSeniority").Description("The least senior agent routing should pick.");
        Field<ListGraphType<NonNullGraphType<NotificationRoleGraphType>>>("notify").Description("Roles notified on escalation (replaces the list).");
        Field<IntGraphType>("expectedVersion").Description("The `version` you read; a stale write fails with CONFLICT.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SlaPolicyInput(
        value.Value<AccountTier?>("tier"), value.Value<Priority?>("priority"), value.Value<int?>("firstResponseMinutes"), value.Value<int?>("resolutionMinutes"),
        value.Value<string>("calendar"), value.Value<Seniority?>("requiredSeniority"), value.List<NotificationRole>("notify"), value.Value<int?>("expectedVersion"));
}

public sealed class UpdateEscalationMatrixInputGraphType : InputObjectGraphType<object>
{
    public UpdateEscalationMatrixInputGraphType()
    {
        Name = "UpdateEscalationMatrixInput";
        Description = "Cells to create or change, all or none.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaPolicyInputGraphType>>>>("policies").Description("The cells.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => (value.List<SlaPolicyInput>("policies") ?? []).ToList();
}

public sealed class BusinessCalendarInputGraphType : InputObjectGraphType<BusinessCalendarInput>
{
    public BusinessCalendarInputGraphType()
    {
        Name = "BusinessCalendarInput";
        Description = "A business calendar to create or change, by slug; absent fields keep their value.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable key (lowercase letters, digits, hyphens).");
        Field<StringGraphType>("name").Description("Display name (required for a new calendar).");
        Field<StringGraphType>("timeZone").Description("IANA time zone; an explicit null means the account's time zone.");
        Field<BooleanGraphType>("alwaysOpen").Description("24×7: every minute counts.");
        Field<ListGraphType<NonNullGraphType<WeekdayGraphType>>>("workingDays").Description("Days on which SLA time runs (replaces the list).");
        Field<StringGraphType>("opens").Description("Opening time, local HH:mm.");
        Field<StringGraphType>("closes").Description("Closing time, local HH:mm, after opening; 24:00 = end of day.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("holidays").Description("Local dates yyyy-MM-dd without SLA time (replaces the list).");
        Field<IntGraphType>("expectedVersion").Description("The `version` you read; a stale write fails with CONFLICT.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new BusinessCalendarInput(
        value.Value<string>("slug"), value.Value<string>("name"), value.Has("timeZone"), value.Value<string>("timeZone"), value.Value<bool?>("alwaysOpen"),
        value.List<DayOfWeek>("workingDays"), value.Value<string>("opens"), value.Value<string>("closes"), value.List<string>("holidays"),
        value.Value<int?>("expectedVersion"));
}

public sealed class UpdateEscalationMatrixPayloadGraphType : ObjectGraphType<IReadOnlyList<SlaPolicy>>
{
    public UpdateEscalationMatrixPayloadGraphType()
    {
        Name = "UpdateEscalationMatrixPayload";
        Description = "Result of updateEscalationMatrix.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaPolicyGraphType>>>>("policies").Description("The cells as saved, in input order.").Resolve(c => c.Source);
    }
}

public sealed class SaveBusinessCalendarPayloadGraphType : ObjectGraphType<BusinessCalendar>
{
    public SaveBusinessCalendarPayloadGraphType()
    {
        Name = "SaveBusinessCalendarPayload";
        Description = "Result of saveBusinessCalendar.";
        Field<NonNullGraphType<BusinessCalendarGraphType>>("calendar").Description("The calendar as saved.").Resolve(c => c.Source);
    }
}
