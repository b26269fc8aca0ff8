using Knowledge.Cms.Teams;
using Knowledge.Cms.Triage.Rules;

namespace Knowledge.Tests.Sla;

/// <summary>The required level from the escalation matrix steers routing.</summary>
public sealed class AgentRouterSeniorityTests
{
    private static AgentCandidate Candidate(int id, Seniority level, int open = 0) => new(new Agent
    {
        Id = id, Name = $"{level} {id}", Email = $"a{id}@example.test", Seniority = level, Languages = ["en"], Capacity = 10, Availability = Availability.Available,
    }, open);

    private static readonly AgentCandidate[] Team = [Candidate(1, Seniority.Junior), Candidate(2, Seniority.Mid), Candidate(3, Seniority.Senior), Candidate(4, Seniority.Lead)];

    [Fact]
    public void Should_pick_the_lead_when_the_ticket_requires_a_lead()
    {
        var (agent, why) = AgentRouter.Route(Team, "en", Seniority.Lead, []);
        Assert.Equal(Seniority.Lead, agent!.Seniority);
        Assert.Contains("needs lead", why);
    }

    [Fact]
    public void Should_keep_seniors_free_when_any_level_will_do()
    {
        var (agent, _) = AgentRouter.Route(Team, "en", Seniority.Junior, []);
        Assert.True(agent!.Seniority is Seniority.Junior or Seniority.Mid);
    }

    [Fact]
    public void Should_prefer_an_available_senior_over_an_overloaded_lead_when_a_senior_is_required()
    {
        AgentCandidate[] team = [Candidate(1, Seniority.Mid), Candidate(2, Seniority.Senior, 2), Candidate(3, Seniority.Lead, 12)];
        var (agent, _) = AgentRouter.Route(team, "en", Seniority.Senior, []);
        Assert.Equal(Seniority.Senior, agent!.Seniority);
    }

    [Fact]
    public void Should_avoid_juniors_when_the_matrix_requires_mid_level()
    {
        AgentCandidate[] team = [Candidate(1, Seniority.Junior), Candidate(2, Seniority.Mid, 3)];
        var (agent, _) = AgentRouter.Route(team, "en", Seniority.Mid, []);
        Assert.Equal(Seniority.Mid, agent!.Seniority);
    }
}
