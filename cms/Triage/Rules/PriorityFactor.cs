namespace Knowledge.Cms.Triage.Rules;

/// <summary>One factor of the priority score: what it is, how many points it added (or removed), and why.</summary>
public sealed record PriorityFactor(string Factor, int Effect, string Detail);
