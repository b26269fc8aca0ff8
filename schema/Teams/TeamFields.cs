using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Teams;

/// <summary>The team and agent root fields.</summary>
public static class TeamFields
{
    public static void AddTeamQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamGraphType>>>>("teams")
            .Description("All support teams. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<TeamReader>()
            .ResolveAsync(async (c, reader) => await reader.ListTeamsAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionGraphType<AgentGraphType, Agent>>>("agents")
            .Description("Support agents. Staff only.")
            .Requires(AccessLevel.Staff)
            .PagingArgs()
            .Argument<AgentFilterGraphType>("where", "Conditions the agents must meet.")
            .Resolve().WithService<TeamReader>()
            .ResolveAsync(async (c, reader) => new PageView<Agent>(await reader.ListAgentsAsync(c.GetArgument<AgentFilter?>("where"), c.GetPageRequest(), c.CancellationToken)));
    }

    public static void AddTeamMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TeamGraphType>>("createTeam").Description("Creates a team. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<CreateTeamInputGraphType>>("input", "The new team.")
            .Resolve().WithService<TeamService>()
            .ResolveAsync(async (c, s) => await s.CreateTeamAsync(c.GetArgument<TeamInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<TeamGraphType>>("updateTeam").Description("Changes a team. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<UpdateTeamInputGraphType>>("input", "The changes.")
            .Resolve().WithService<TeamService>()
            .ResolveAsync(async (c, s) =>
            {
                var input = c.GetArgument<UpdateInput<TeamInput>>("input");
                return await s.UpdateTeamAsync(GlobalId.Expect(input.Id, "Team", "input.id"), input.Fields, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<AgentGraphType>>("createAgent").Description("Adds an agent. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<CreateAgentInputGraphType>>("input", "The new agent.")
            .Resolve().WithService<TeamService>()
            .ResolveAsync(async (c, s) => await s.CreateAgentAsync(c.GetArgument<AgentInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<AgentGraphType>>("updateAgent").Description("Changes an agent (skills, languages, availability…). Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<UpdateAgentInputGraphType>>("input", "The changes.")
            .Resolve().WithService<TeamService>()
            .ResolveAsync(async (c, s) =>
            {
                var input = c.GetArgument<UpdateInput<AgentInput>>("input");
                return await s.UpdateAgentAsync(GlobalId.Expect(input.Id, "Agent", "input.id"), input.Fields, c.CancellationToken);
            });
    }
}
