using GraphQL.Types;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Teams;

public sealed class AgentFilterGraphType : InputObjectGraphType<AgentFilter>
{
    public AgentFilterGraphType()
    {
        Name = "AgentFilter";
        Description = "Conditions on agents; all given ones must hold.";
        Field<IdGraphType>("teamId").Description("Member of this team.");
        Field<StringGraphType>("language").Description("Speaks this language code.");
        Field<StringGraphType>("skill").Description("Has this skill.");
        Field<AvailabilityGraphType>("availability").Description("Current availability.");
        Field<SeniorityGraphType>("minSeniority").Description("At least this senior.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AgentFilter(
        value.Id("teamId", "Team", "where.teamId"), value.Value<string>("language"), value.Value<string>("skill"),
        value.Value<Availability?>("availability"), value.Value<Seniority?>("minSeniority"));
}

/// <summary>CreateTeamInput / UpdateTeamInput.</summary>
public abstract class TeamInputGraphTypeBase : InputObjectGraphType<object>
{
    private readonly bool update;

    protected TeamInputGraphTypeBase(bool update)
    {
        this.update = update;
        Name = update ? "UpdateTeamInput" : "CreateTeamInput";
        Description = update ? "Changes to a team." : "A new support team.";
        if (update) Field<NonNullGraphType<IdGraphType>>("id").Description("The team to change.");
        Field("slug", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("Stable key (lowercase, hyphens).");
        Field("name", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("Display name.");
        Field<StringGraphType>("description").Description("What the team handles.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("skills").Description("Skills the team covers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => UpdateInput<TeamInput>.Wrap(value,
        new TeamInput(value.Value<string>("slug"), value.Value<string>("name"), value.Value<string>("description"), value.List<string>("skills")), update);
}

public sealed class CreateTeamInputGraphType() : TeamInputGraphTypeBase(false);

public sealed class UpdateTeamInputGraphType() : TeamInputGraphTypeBase(true);

/// <summary>CreateAgentInput / UpdateAgentInput.</summary>
public abstract class AgentInputGraphTypeBase : InputObjectGraphType<object>
{
    private readonly bool update;

    protected AgentInputGraphTypeBase(bool update)
    {
        this.update = update;
        Name = update ? "UpdateAgentInput" : "CreateAgentInput";
        Description = update ? "Changes to an agent." : "A new support agent.";
        if (update) Field<NonNullGraphType<IdGraphType>>("id").Description("The agent to change.");
        Field("name", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("Full name.");
        Field("email", update ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>)).Description("Work e-mail (unique).");
        Field("teamId", update ? typeof(IdGraphType) : typeof(NonNullGraphType<IdGraphType>)).Description("The agent's team.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("skills").Description("Skills used for routing.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Language codes the agent answers in.");
        Field<SeniorityGraphType>("seniority").Description("Seniority (default MID).");
        Field<IntGraphType>("capacity").Description("Open tickets the agent can carry (default 10).");
        Field<AvailabilityGraphType>("availability").Description("Availability (default AVAILABLE).");
        Field<StringGraphType>("timeZone").Description("IANA time zone.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => UpdateInput<AgentInput>.Wrap(value, new AgentInput(
        value.Value<string>("name"), value.Value<string>("email"), value.Id("teamId", "Team", "input.teamId"), value.List<string>("skills"),
        value.List<string>("languages"), value.Value<Seniority?>("seniority"), value.Value<int?>("capacity"),
        value.Value<Availability?>("availability"), value.Value<string>("timeZone")), update);
}

public sealed class CreateAgentInputGraphType() : AgentInputGraphTypeBase(false);

public sealed class UpdateAgentInputGraphType() : AgentInputGraphTypeBase(true);
