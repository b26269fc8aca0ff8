using GraphQL.Types;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Teams;

public sealed class AgentGraphType : ObjectGraphType<Agent>
{
    public AgentGraphType()
    {
        Name = "Agent";
        Description = "A support agent. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("Agent");
        Field(a => a.Name).Description("Full name.");
        Field(a => a.Email).Description("Work e-mail.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").Description("Skills used for routing.").Resolve(c => c.Source.Skills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("Languages the agent answers in (codes).").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<SeniorityGraphType>>("seniority").Description("Seniority level.").Resolve(c => c.Source.Seniority);
        Field(a => a.Capacity).Description("Open tickets the agent can carry.");
        Field<NonNullGraphType<AvailabilityGraphType>>("availability").Description("Availability now.").Resolve(c => c.Source.Availability);
        Field(a => a.TimeZone).Description("IANA time zone.");
        Field(a => a.Version).Description("Concurrency version.");
        Field<NonNullGraphType<TeamGraphType>>("team").Description("The agent's team.")
            .Resolve(c => c.LoadOne<TeamReader, Team>("agent.team", c.Source.TeamId, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct)));
    }
}
