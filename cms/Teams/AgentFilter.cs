namespace Knowledge.Cms.Teams;

/// <summary>Conditions on the agents list.</summary>
public sealed record AgentFilter(int? TeamId = null, string? Language = null, string? Skill = null, Availability? Availability = null, Seniority? MinSeniority = null);
