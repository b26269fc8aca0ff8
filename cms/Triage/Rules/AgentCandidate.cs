using Knowledge.Cms.Teams;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>An agent of the owning team with the open tickets they carry now.</summary>
internal sealed record AgentCandidate(Agent Agent, int OpenTickets);
