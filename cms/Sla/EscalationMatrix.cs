namespace Knowledge.Cms.Sla;

/// <summary>The whole matrix: one policy per tier and priority, and the calendars they count time in.</summary>
public sealed record EscalationMatrix(IReadOnlyList<SlaPolicy> Policies, IReadOnlyList<BusinessCalendar> Calendars);
