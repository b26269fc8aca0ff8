namespace Knowledge.Cms.Teams;

/// <summary>Fields of an agent; null means "leave as is" on update.</summary>
public sealed record AgentInput(
    string? Name = null,
    string? Email = null,
    int? TeamId = null,
    IReadOnlyList<string>? Skills = null,
    IReadOnlyList<string>? Languages = null,
    Seniority? Seniority = null,
    int? Capacity = null,
    Availability? Availability = null,
    string? TimeZone = null);
