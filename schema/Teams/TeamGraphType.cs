using GraphQL.Types;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Teams;

public sealed class TeamGraphType : ObjectGraphType<Team>
{
    public TeamGraphType()
    {
        Name = "Team";
        Description = "A support team that owns issue types and their tickets. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("Team");
        Field(t => t.Slug).Description("Stable key, e.g. billing.");
        Field(t => t.Name).Description("Display name.");
        Field(t => t.Description, nullable: true).Description("What the team handles.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").Description("Skills the team covers.").Resolve(c => c.Source.Skills);
        Field(t => t.Version).Description("Concurrency version.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgentGraphType>>>>("agents").Description("Members of the team.")
            .Resolve(c => c.LoadMany<TeamReader, Agent>("team.agents", c.Source.Id, (r, ids, ct) => r.GetAgentsByTeamIdsAsync(ids, ct)));
    }
}
